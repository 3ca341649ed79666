package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ids for new unified rows. A real run draws them from the tables' sequences; a dry run must not touch a
 * sequence (that would change the database), so it numbers its planned rows with negative ids instead.
 */
final class Ids {

    private final boolean dryRun;
    private final IdAllocator companies;
    private final IdAllocator assignments;
    private final IdAllocator affiliations;
    private long planned;

    Ids(Dialect dialect, boolean dryRun) {
        this.dryRun = dryRun;
        this.companies = new IdAllocator(dialect, "companies_seq");
        this.assignments = new IdAllocator(dialect, "company_role_assignments_seq");
        this.affiliations = new IdAllocator(dialect, "person_company_affiliations_seq");
    }

    long company(Connection connection) throws SQLException {
        return dryRun ? --planned : companies.next(connection);
    }

    long assignment(Connection connection) throws SQLException {
        return dryRun ? --planned : assignments.next(connection);
    }

    long affiliation(Connection connection) throws SQLException {
        return dryRun ? --planned : affiliations.next(connection);
    }
}
