package org.companyunification.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.companyunification.model.schema.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class DisplayNamesTest {

    @Test
    void shouldNameEachVariantOfADatabaseTestByItsDatabase() {
        List<String> names = new CopyOnWriteArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(TwoDatabases.class)).build();

        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier identifier) {
                if (identifier.isTest()) {
                    names.add(identifier.getDisplayName());
                }
            }

            @Override
            public void executionSkipped(TestIdentifier identifier, String reason) {
                executionStarted(identifier);
            }
        });

        assertThat(names).containsExactly("H2", "PostgreSQL");
    }

    /** Run by the launcher above only: Surefire leaves nested classes alone. */
    static class TwoDatabases {
        @DatabaseTest(schema = DatabaseTest.Schema.NONE, vendors = {DatabaseVendor.H2, DatabaseVendor.POSTGRESQL})
        void runs(TestDatabase db) {}
    }
}
