package org.companyunification.sync.duplicates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.companyunification.model.schema.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the companies the search compares, in one streaming query. The one place that says which companies
 * take part: every company that has not been merged into another (tombstones are left out).
 */
final class CompanyReader {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyReader.class);

    private static final String SQL = "SELECT company_id, company_name, name_key, website, contact_email"
            + " FROM companies WHERE merged_into_company_id IS NULL ORDER BY company_id";

    private static final String REJECTED_SQL = "SELECT company_id, other_company_id FROM rejected_duplicate_pairs";

    private static final int FETCH_SIZE = 5000;

    private CompanyReader() {}

    static List<CompanyRecord> read(Connection connection, DatabaseVendor vendor) throws SQLException {
        // PostgreSQL streams only inside a transaction; the other drivers stream with a fetch size alone.
        connection.setAutoCommit(vendor != DatabaseVendor.POSTGRESQL);
        connection.setReadOnly(true);
        List<CompanyRecord> companies = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String name = rs.getString(2);
                    String key = rs.getString(3);
                    if (name == null || key == null || key.isBlank()) {
                        LOG.debug("Company {} has no name key and is left out of the duplicate search", id);
                        continue;
                    }
                    companies.add(CompanyRecord.of(id, name, key.strip(), rs.getString(4), rs.getString(5)));
                }
            }
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
        return companies;
    }

    /**
     * Reads the pairs a person rejected, each as {@link CandidateSearch#pairKey}: the search leaves them out.
     *
     * @throws SQLException when the table cannot be read, for example before its migration
     */
    static Set<CandidateSearch.PairKey> rejectedPairs(Connection connection) throws SQLException {
        Set<CandidateSearch.PairKey> pairs = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(REJECTED_SQL);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                pairs.add(CandidateSearch.pairKey(rs.getLong(1), rs.getLong(2)));
            }
        }
        return pairs;
    }
}
