package org.companyunification.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Runs a backfill in a process of its own, so that a test can kill the process part-way through. Arguments: JDBC
 * URL, user, password (may be empty), batch size, and optionally milliseconds to pause after each batch. It writes
 * {@value #RUNNING} on a line of its standard output once it has connected and the run begins, and
 * {@value #COMMITTED} with the table and the number of rows after each committed batch, so that a test can time a
 * kill by the run's progress rather than by the start of the JVM.
 */
final class BackfillProcess {

    static final String RUNNING = "running";
    static final String COMMITTED = "committed";

    private BackfillProcess() {}

    public static void main(String[] args) {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int batchSize = Integer.parseInt(args[3]);
        long pause = args.length > 4 ? Long.parseLong(args[4]) : 0;
        DataSource dataSource = new SingleUrlDataSource(url, user, password);
        Backfill backfill = Backfill.configure().dataSource(dataSource).batchSize(batchSize)
                .listener(new ProgressListener() {
                    @Override
                    public void advanced(Step step, String table, long rows) {
                        System.out.println(COMMITTED + " " + table + " " + rows);
                        System.out.flush();
                        try {
                            TimeUnit.MILLISECONDS.sleep(pause);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).load();
        System.out.println(RUNNING);
        System.out.flush();
        backfill.run();
    }

    /** A minimal data source over DriverManager for this process. */
    record SingleUrlDataSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
