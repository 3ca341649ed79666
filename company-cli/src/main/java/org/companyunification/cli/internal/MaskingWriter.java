package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that masks {@link Secrets} before text reaches the underlying stream. It holds text back until a
 * line ends or it is flushed, so a secret written in several pieces is still masked whole.
 */
final class MaskingWriter extends Writer {

    private final Writer delegate;
    private final Secrets secrets;
    private final StringBuilder pending = new StringBuilder();

    MaskingWriter(Writer delegate, Secrets secrets) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.secrets = requireNonNull(secrets, "secrets");
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) throws IOException {
        pending.append(chars, offset, length);
        int end = pending.lastIndexOf("\n");
        if (end >= 0) {
            delegate.write(secrets.mask(pending.substring(0, end + 1)));
            pending.delete(0, end + 1);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pending.length() > 0) {
            delegate.write(secrets.mask(pending.toString()));
            pending.setLength(0);
        }
        delegate.flush();
    }

    /** Flushes but leaves the underlying stream open: it belongs to the caller (often {@code System.out}). */
    @Override
    public void close() throws IOException {
        flush();
    }
}
