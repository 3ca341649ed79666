package org.companyunification.model.persistence;

import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.TestDatabase;

/**
 * An application's first start, run in a JVM of its own by {@link LibraryLoggingTest}: it migrates an H2 database
 * and boots the model, with no logging set up at all.
 */
final class BootWithoutLoggingSetup {

    private BootWithoutLoggingSetup() {}

    public static void main(String[] args) {
        try (TestDatabase db = TestDatabase.create(DatabaseVendor.H2).withLegacySchema().withUnifiedSchema()) {
            CompanyPersistence.createEntityManagerFactory(db.dataSource()).close();
        }
    }
}
