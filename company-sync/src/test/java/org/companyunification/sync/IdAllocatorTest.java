package org.companyunification.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.companyunification.sync.internal.Sql;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.SqlRecorder;
import org.companyunification.testing.TestDatabase;

/**
 * The backfill's ids come from the unified tables' sequences, several blocks of fifty a statement: they never
 * repeat, never meet the blocks another writer (Hibernate's pooled optimizer) reserves from the same sequence at
 * the same time, and a large run asks the database for them a few times, not once per block.
 */
class IdAllocatorTest {

    @DatabaseTest
    void shouldHandOutDistinctIdsBesideAnotherWriterInFewStatements(TestDatabase db) throws SQLException {
        Dialect dialect = Dialect.of(db.vendor());
        SqlRecorder recorder = SqlRecorder.wrap(db.dataSource());
        IdAllocator allocator = new IdAllocator(dialect, "companies_seq");
        Set<Long> handedOut = new HashSet<>();
        Set<Long> reservedByOther = new HashSet<>();
        try (Connection connection = recorder.dataSource().getConnection();
                Connection other = db.dataSource().getConnection()) {
            for (int i = 0; i < 10_000; i++) {
                long id = allocator.next(connection);
                assertThat(id).isPositive();
                assertThat(handedOut.add(id)).as("id %d handed out twice", id).isTrue();
                if (i % 700 == 0) {
                    // another writer draws a value and owns the fifty ids up to it
                    long value = Sql.count(other, dialect.nextValue("companies_seq"));
                    for (long reserved = Math.max(1, value - IdAllocator.BLOCK + 1); reserved <= value; reserved++) {
                        reservedByOther.add(reserved);
                    }
                }
            }
        }

        assertThat(handedOut).hasSize(10_000).doesNotContainAnyElementsOf(reservedByOther);
        // 10,000 ids are 200 blocks: 1, 2, 4, 8, 16 and 32 values in the first six statements, then 32 each
        assertThat(recorder.statements()).filteredOn(sql -> sql.contains("companies_seq")).hasSize(11);
    }
}
