package org.companyunification.model.persistence;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.companyunification.model.company.ClientProfile;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.CompanyLink;
import org.companyunification.model.company.CompanyRole;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.company.RoleAssignment;
import org.companyunification.model.legacy.Client;
import org.companyunification.model.internal.HibernateLogLevel;
import org.companyunification.model.internal.Tables;
import org.companyunification.model.legacy.Constructor;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.model.legacy.Offtaker;
import org.companyunification.model.legacy.Operator;
import org.companyunification.model.legacy.OwnerDeveloper;
import org.companyunification.model.legacy.PersonnelEntityRelationship;
import org.companyunification.model.legacy.ProjectConstructorRelationship;
import org.companyunification.model.legacy.ProjectOfftakerRelationship;
import org.companyunification.model.legacy.ProjectOperatorRelationship;
import org.companyunification.model.legacy.ProjectOwnerRelationship;
import org.companyunification.model.legacy.ProjectVendorRelationship;
import org.companyunification.model.legacy.TechnologyVendor;
import org.companyunification.model.origin.AffiliationOrigin;
import org.companyunification.model.origin.AssignmentOrigin;
import org.companyunification.model.origin.BackfillRun;
import org.companyunification.model.origin.CompanyOrigin;
import org.companyunification.model.reference.Person;
import org.companyunification.model.reference.Project;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots Hibernate on the unified, legacy and shared tables, without a {@code persistence.xml}:
 *
 * <pre>{@code
 * EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(dataSource);
 * }</pre>
 *
 * <p>The factory validates the mapping against the database ({@code hibernate.hbm2ddl.auto=validate}), so the
 * schema migrations of {@link org.companyunification.model.schema.CompanySchema} must have run; it never changes
 * the schema. It batches inserts and updates by {@value #BATCH_SIZE} and orders them so that batches stay long.
 *
 * <p>By default the factory maps the legacy tables too, for the dual-write period. An application that has only
 * the unified schema (after cutover, when the legacy tables are gone) boots the unified entities alone:
 *
 * <pre>{@code
 * EntityManagerFactory factory = CompanyPersistence.createEntityManagerFactory(dataSource,
 *         CompanyPersistence.Options.defaults().withoutLegacyEntities());
 * }</pre>
 *
 * <p>An application with its own persistence unit adds {@link #ENTITY_CLASSES} (or {@link
 * #UNIFIED_ENTITY_CLASSES}) to it instead; the model's Hibernate listeners register themselves through {@code
 * META-INF/services} either way.
 *
 * <p>Hibernate's start-up report (its version, the database details, the batching in use) is routine output for
 * an application that embeds the library: where Hibernate logs through {@code java.util.logging} (its default
 * without Logback or Log4j 2) and the application has not set a level for {@code org.hibernate}, the first factory
 * sets it to {@code WARNING}. Where Hibernate logs through SLF4J, the application's logging configuration decides.
 */
public final class CompanyPersistence {

    /** The name of the persistence unit this class builds. */
    public static final String PERSISTENCE_UNIT_NAME = "company-unification";

    /** The JDBC batch size, equal to the allocation size of the id sequences. */
    public static final int BATCH_SIZE = 50;

    /**
     * The entity classes of the legacy company and relationship tables, which an application that has only the
     * unified schema leaves out (see {@link Options#withoutLegacyEntities()}).
     */
    public static final List<Class<?>> LEGACY_ENTITY_CLASSES = List.of(
            TechnologyVendor.class,
            OwnerDeveloper.class,
            Operator.class,
            Constructor.class,
            Offtaker.class,
            Client.class,
            ProjectVendorRelationship.class,
            ProjectOwnerRelationship.class,
            ProjectOperatorRelationship.class,
            ProjectConstructorRelationship.class,
            ProjectOfftakerRelationship.class,
            PersonnelEntityRelationship.class);

    /**
     * The entity classes of the unified schema: the shared {@code projects} and {@code personnel} tables, the
     * unified tables and the origin records of the backfill.
     */
    public static final List<Class<?>> UNIFIED_ENTITY_CLASSES = List.of(
            Project.class,
            Person.class,
            Company.class,
            CompanyRole.class,
            RoleAssignment.class,
            ClientProfile.class,
            PersonAffiliation.class,
            CompanyLink.class,
            BackfillRun.class,
            CompanyOrigin.class,
            AssignmentOrigin.class,
            AffiliationOrigin.class);

    /** Every entity class of the model: reference, legacy, unified and origin tables. */
    public static final List<Class<?>> ENTITY_CLASSES = Stream.concat(UNIFIED_ENTITY_CLASSES.stream(),
            LEGACY_ENTITY_CLASSES.stream()).toList();

    private static final Logger LOG = LoggerFactory.getLogger(CompanyPersistence.class);

    private CompanyPersistence() {}

    /**
     * Builds an entity manager factory with the {@linkplain Options#defaults() default options}: the mapping is
     * validated against the schema.
     *
     * @param dataSource the database; the factory borrows connections from it and never closes it
     * @return the factory; close it when done
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when the schema does not match the
     *     mapping: the unified migrations have not run, or the legacy tables are missing (the message names them;
     *     an application without them uses {@link Options#withoutLegacyEntities()})
     * @throws PersistenceException when Hibernate cannot start for another reason, such as an unreachable
     *     database
     */
    public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource) {
        return createEntityManagerFactory(dataSource, Options.defaults());
    }

    /**
     * Builds an entity manager factory.
     *
     * @param dataSource the database; the factory borrows connections from it and never closes it
     * @param options whether to validate the schema, whether to map the legacy tables, and any further Hibernate
     *     properties
     * @return the factory; close it when done
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when validation is on and the
     *     schema does not match the mapping: the unified migrations have not run, or the legacy tables are missing
     *     (the message names them)
     * @throws PersistenceException when Hibernate cannot start for another reason, such as an unreachable
     *     database
     */
    public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource, Options options) {
        checkNotNull(dataSource, "dataSource must not be null");
        checkNotNull(options, "options must not be null: use Options.defaults()");
        LOG.debug("Building the {} persistence unit on {} (schema validation {}, legacy entities {})",
                PERSISTENCE_UNIT_NAME, dataSource, options.validateSchema() ? "on" : "off",
                options.legacyEntities() ? "on" : "off");
        HibernateLogLevel.quietStartUp();
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(PERSISTENCE_UNIT_NAME)
                .managedClasses(options.legacyEntities() ? ENTITY_CLASSES : UNIFIED_ENTITY_CLASSES)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, options.validateSchema() ? "validate" : "none")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                // Criteria queries built once and reused (as CompanyQuery does) are translated to SQL once.
                .property(AvailableSettings.CRITERIA_PLAN_CACHE_ENABLED, true)
                .properties(options.properties());
        try {
            return configuration.createEntityManagerFactory();
        } catch (PersistenceException e) {
            Throwable cause = Throwables.getRootCause(e);
            if (cause instanceof SchemaManagementException) {
                throw schemaMissing(dataSource, options, cause, e);
            }
            throw e;
        }
    }

    /**
     * Explains a failed validation: the legacy tables may be missing from a database that has the unified schema
     * (the step just run), or the unified migrations have not run.
     */
    private static CompanyUnificationException schemaMissing(DataSource dataSource, Options options, Throwable cause,
            PersistenceException e) {
        List<String> missingLegacy = options.legacyEntities()
                ? Tables.missing(dataSource, legacyTableNames())
                : List.of();
        List<String> missingUnified = Tables.missing(dataSource, List.of("companies"));
        if (!missingLegacy.isEmpty() && missingUnified.isEmpty()) {
            return new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The database has the unified schema"
                    + " but not the legacy tables " + String.join(", ", missingLegacy) + ", which the company"
                    + " model maps by default. An application that has only the unified schema boots with"
                    + " CompanyPersistence.Options.defaults().withoutLegacyEntities(); tests and demos create the"
                    + " legacy tables with CompanySchema.configure().dataSource(dataSource).load().migrateLegacy().",
                    e);
        }
        return new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The database does not match the"
                + " company model (" + cause.getMessage() + "): apply the migrations with"
                + " CompanySchema.configure().dataSource(dataSource).load().migrate()", e);
    }

    private static List<String> legacyTableNames() {
        return Arrays.stream(LegacyTable.values()).filter(t -> t.kind() != LegacyTable.Kind.SHARED)
                .map(LegacyTable::tableName).toList();
    }

    /**
     * How {@link #createEntityManagerFactory(DataSource, Options)} configures Hibernate.
     *
     * <pre>{@code
     * Options options = Options.defaults().withoutSchemaValidation().withProperty("hibernate.generate_statistics", true);
     * }</pre>
     *
     * @param validateSchema whether to check the mapping against the schema at start-up (default: {@code true})
     * @param legacyEntities whether to map the legacy company and relationship tables too (default: {@code true});
     *     an application that has only the unified schema turns it off
     * @param properties further Hibernate or Jakarta Persistence properties, applied last so that they win
     *     (default: none)
     */
    public record Options(boolean validateSchema, boolean legacyEntities, Map<String, Object> properties) {

        /**
         * Creates options.
         *
         * @param validateSchema whether to check the mapping against the schema at start-up
         * @param legacyEntities whether to map the legacy tables too
         * @param properties further properties, copied
         * @throws NullPointerException when the properties are {@code null}
         */
        public Options {
            properties = Map.copyOf(checkNotNull(properties, "properties must not be null"));
        }

        /**
         * Creates options that map the legacy tables too.
         *
         * @param validateSchema whether to check the mapping against the schema at start-up
         * @param properties further properties, copied
         * @throws NullPointerException when the properties are {@code null}
         */
        public Options(boolean validateSchema, Map<String, Object> properties) {
            this(validateSchema, true, properties);
        }

        /**
         * Returns the defaults: validation on, legacy tables mapped, no further properties.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(true, true, Map.of());
        }

        /**
         * Returns a copy that maps only the unified schema and the shared {@code projects} and {@code personnel}
         * tables ({@link #UNIFIED_ENTITY_CLASSES}), for an application whose database no longer has, or never
         * had, the legacy tables.
         *
         * @return the copy
         */
        public Options withoutLegacyEntities() {
            return new Options(validateSchema, false, properties);
        }

        /**
         * Returns a copy that does not validate the schema, for databases whose schema is known to differ in ways
         * the application does not use.
         *
         * @return the copy
         */
        public Options withoutSchemaValidation() {
            return new Options(false, legacyEntities, properties);
        }

        /**
         * Returns a copy with one more property.
         *
         * @param name the property name, for example {@code hibernate.generate_statistics}
         * @param value the value
         * @return the copy
         */
        public Options withProperty(String name, Object value) {
            checkNotNull(name, "property name must not be null");
            checkNotNull(value, "value of property %s must not be null", name);
            Map<String, Object> copy = new LinkedHashMap<>(properties);
            copy.put(name, value);
            return new Options(validateSchema, legacyEntities, copy);
        }
    }
}
