package org.companyunification.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.companyunification.model.schema.DatabaseVendor;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link DatabaseTest} methods once a database; see there. */
final class DatabaseTestExtension implements TestTemplateInvocationContextProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTestExtension.class);
    private static final Set<DatabaseVendor> WARNED = ConcurrentHashMap.newKeySet();
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseTestExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(DatabaseTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        DatabaseTest annotation = context.getRequiredTestMethod().getAnnotation(DatabaseTest.class);
        return Arrays.stream(annotation.vendors()).map(vendor -> new Invocation(vendor, annotation.schema()));
    }

    private record Invocation(DatabaseVendor vendor, DatabaseTest.Schema schema)
            implements TestTemplateInvocationContext {

        /** Names the run by its database, so that reports say "PostgreSQL" where they would say "[2]". */
        @Override
        public String getDisplayName(int invocationIndex) {
            return vendor.displayName();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Availability(vendor), new Resolver(vendor, schema));
        }
    }

    /** Skips a run on an unreachable server, or fails it when the server is required. */
    private record Availability(DatabaseVendor vendor) implements ExecutionCondition, BeforeEachCallback {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<String> reason = TestDatabase.unavailableReason(vendor);
            if (reason.isEmpty() || DatabaseSettings.required(vendor)) {
                return ConditionEvaluationResult.enabled(vendor.displayName() + " available or required");
            }
            if (WARNED.add(vendor)) {
                LOG.warn("Skipping the {} variants of the database tests: {}", vendor.displayName(), reason.get());
            }
            return ConditionEvaluationResult.disabled("Skipped: " + reason.get());
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            TestDatabase.unavailableReason(vendor).ifPresent(reason -> {
                throw new IllegalStateException(reason + ". COMPANY_TEST_REQUIRE_DATABASES requires "
                        + vendor.id() + ", so this test fails instead of skipping.");
            });
        }
    }

    /** Hands the test a fresh database, dropped when the test ends. */
    private record Resolver(DatabaseVendor vendor, DatabaseTest.Schema schema) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return parameterContext.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent("database", key -> new Dropper(open()), Dropper.class)
                    .database;
        }

        private TestDatabase open() {
            TestDatabase database = TestDatabase.create(vendor);
            return TestDatabase.closedOnFailure(database, () -> {
                switch (schema) {
                    case LEGACY -> database.withLegacySchema();
                    case UNIFIED -> database.withUnifiedSchema();
                    case LEGACY_AND_UNIFIED -> database.withLegacySchema().withUnifiedSchema();
                    case NONE -> { }
                }
                return database;
            });
        }
    }

    @SuppressWarnings("deprecation")
    private record Dropper(TestDatabase database) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }
}
