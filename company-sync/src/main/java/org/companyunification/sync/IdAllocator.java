package org.companyunification.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out ids from a sequence that steps by {@value #BLOCK}, in blocks, the way Hibernate's default
 * {@code pooled} optimizer does for an allocation size of {@value #BLOCK}: a sequence value {@code v} reserves the
 * ids {@code v - 49 .. v}. JDBC batches of the backfill and entities persisted by Hibernate therefore never
 * collide, and one sequence call serves fifty inserts.
 */
final class IdAllocator {

    static final int BLOCK = 50;

    private final String sql;
    private long next;
    private long last = -1;

    IdAllocator(Dialect dialect, String sequence) {
        this.sql = dialect.nextValue(sequence);
    }

    long next(Connection connection) throws SQLException {
        if (next > last) {
            long value;
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    ResultSet rs = statement.executeQuery()) {
                rs.next();
                value = rs.getLong(1);
            }
            next = Math.max(1, value - BLOCK + 1);
            last = value;
        }
        return next++;
    }
}
