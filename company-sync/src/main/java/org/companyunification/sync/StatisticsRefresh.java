package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Refreshes the planner statistics of the unified tables while a run writes to them (see
 * {@link Dialect#refreshStatistics}): before each table and then each time the number of pages written since has
 * doubled, but only when rows were written since the last refresh, so a run over unchanged data pays nothing. Each
 * refresh analyses only the tables that grew since they were last analysed ({@link Dialect#staleStatistics}): a
 * step leaves the tables of the other steps alone (at scale 100 on PostgreSQL, analysing all seven tables every
 * time took 9.7 s of a 24 s backfill). These refreshes are sampled ({@link Dialect#refreshStatistics}); once
 * the run has written everything, {@link #runFinished} refreshes the tables it sampled in full.
 */
final class StatisticsRefresh {

    private static final List<String> UNIFIED_TABLES = List.of("companies", "company_origins",
            "company_role_assignments", "assignment_origins", "client_profiles", "person_company_affiliations",
            "affiliation_origins");

    private final Dialect dialect;
    /** The tables refreshed from a sample so far. */
    private final Set<String> sampled = new LinkedHashSet<>();
    private boolean stale;
    private long pages;
    private long nextRefresh;

    StatisticsRefresh(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Called before a table is read. */
    void tableStarting(Connection connection) throws SQLException {
        pages = 0;
        nextRefresh = 1;
        refreshIfStale(connection);
    }

    /** Called after a page was committed, telling whether it wrote unified rows. */
    void pageCommitted(Connection connection, boolean wrote) throws SQLException {
        stale |= wrote;
        if (++pages == nextRefresh) {
            nextRefresh *= 2;
            refreshIfStale(connection);
        }
    }

    private void refreshIfStale(Connection connection) throws SQLException {
        if (stale) {
            List<String> grown = dialect.staleStatistics(connection, UNIFIED_TABLES);
            dialect.refreshStatistics(connection, grown, true);
            sampled.addAll(grown);
            connection.commit();
            stale = false;
        }
    }

    /** Called once the run has written everything: refreshes the sampled tables in full. */
    void runFinished(Connection connection) throws SQLException {
        if (!sampled.isEmpty()) {
            dialect.refreshStatistics(connection, new ArrayList<>(sampled), false);
            connection.commit();
            sampled.clear();
        }
    }
}
