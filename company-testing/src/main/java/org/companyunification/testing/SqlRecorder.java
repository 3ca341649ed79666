package org.companyunification.testing;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Wraps a {@link DataSource} and records every SQL text handed to the database through it: the text of each
 * {@code prepareStatement}, {@code prepareCall}, {@code execute}, {@code executeQuery}, {@code executeUpdate},
 * {@code executeLargeUpdate} and {@code addBatch} call, in order. Values bound as parameters are not recorded,
 * so a test can assert that no value was built into SQL text, or count statements.
 *
 * <pre>{@code
 * SqlRecorder recorder = SqlRecorder.wrap(db.dataSource());
 * Backfill.configure().dataSource(recorder.dataSource()).load().run();
 * assertThat(recorder.statements()).noneMatch(sql -> sql.contains("HV03"));
 * }</pre>
 *
 * <p>Connections, statements and everything else behave as the wrapped ones; the recorder is thread-safe.
 */
public final class SqlRecorder {

    private static final Set<String> SQL_METHODS = Set.of("prepareStatement", "prepareCall", "execute",
            "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch", "nativeSQL");

    private final DataSource dataSource;
    private final List<String> statements = new CopyOnWriteArrayList<>();

    private SqlRecorder(DataSource target) {
        this.dataSource = proxy(DataSource.class, target);
    }

    /**
     * Wraps a data source.
     *
     * @param target the data source to record
     * @return a recorder whose {@link #dataSource()} records every SQL text
     */
    public static SqlRecorder wrap(DataSource target) {
        return new SqlRecorder(requireNonNull(target, "target"));
    }

    /**
     * Returns the recording data source.
     *
     * @return the data source to hand to the code under test
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Returns the SQL texts recorded so far, in the order they were handed over.
     *
     * @return an immutable copy
     */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** Forgets the SQL texts recorded so far. */
    public void clear() {
        statements.clear();
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
        return type.cast(Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (SQL_METHODS.contains(method.getName()) && args != null && args.length > 0
                && args[0] instanceof String sql) {
            statements.add(sql);
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return wrapResult(method.getReturnType(), result);
    }

    private Object wrapResult(Class<?> type, Object result) {
        if (result == null) {
            return null;
        }
        if (type == Connection.class) {
            return proxy(Connection.class, (Connection) result);
        }
        if (type == CallableStatement.class) {
            return proxy(CallableStatement.class, (CallableStatement) result);
        }
        if (type == PreparedStatement.class) {
            return proxy(PreparedStatement.class, (PreparedStatement) result);
        }
        if (type == Statement.class) {
            return proxy(Statement.class, (Statement) result);
        }
        return result;
    }
}
