package org.companyunification.query;

import org.companyunification.testing.DatabaseScope;
import org.companyunification.testing.SqlRecorder;
import org.companyunification.testing.TestDatabase;
import org.companyunification.testing.UnifiedData;

/**
 * A test database with a {@link CompanyQuery} that boots on it through a recording data source, with Hibernate
 * refusing to page over a fetched collection in memory.
 */
final class QueryFixture implements AutoCloseable {

    final DatabaseScope scope;
    final UnifiedData data;
    final SqlRecorder recorder;
    final CompanyQuery query;

    QueryFixture(TestDatabase db) {
        scope = DatabaseScope.of(db);
        data = UnifiedData.in(scope);
        recorder = SqlRecorder.wrap(db.dataSource());
        query = CompanyQuery.configure().dataSource(recorder.dataSource())
                .property("hibernate.query.fail_on_pagination_over_collection_fetch", true).load();
    }

    /** Runs the work and returns how many SQL statements it sent. */
    int statementsOf(Runnable work) {
        recorder.clear();
        work.run();
        return recorder.statements().size();
    }

    @Override
    public void close() {
        query.close();
        scope.close();
    }
}
