package org.companyunification.cli.internal;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates commands for picocli, handing the {@link Session} to every class with a constructor that takes one;
 * everything else (mixins, converters) is created as picocli would.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final Session session;

    /**
     * Creates a factory.
     *
     * @param session the session handed to the commands
     */
    public CommandFactory(Session session) {
        this.session = requireNonNull(session, "session");
    }

    /**
     * Creates an instance of a command or helper class.
     *
     * @param type the class to instantiate
     * @return the new instance
     * @throws Exception when the class cannot be instantiated
     */
    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> constructor;
        try {
            constructor = type.getDeclaredConstructor(Session.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
        constructor.setAccessible(true);
        return constructor.newInstance(session);
    }
}
