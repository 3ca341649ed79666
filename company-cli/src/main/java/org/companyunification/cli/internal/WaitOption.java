package org.companyunification.cli.internal;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --wait} option of every command that takes the one-writer lock, mixed in with
 * {@code @Mixin WaitOption wait}: how long to wait for another writer before giving up.
 */
public final class WaitOption {

    @Option(names = "--wait", paramLabel = "DURATION", converter = WaitConverter.class,
            description = "While another operation (a backfill, sync, rollback, merge or review) writes to the"
                    + " database, wait up to this long for it to finish, e.g. 30s, 5m, 1h (0 to 24h; default: 0,"
                    + " refuse at once naming what writes). Commands that only read never wait.")
    private Duration wait = Duration.ZERO;

    /**
     * Returns the wait asked for.
     *
     * @return the duration, zero when the option was not given
     */
    public Duration duration() {
        return wait;
    }
}
