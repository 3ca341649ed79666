package org.companyunification.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.companyunification.model.company.ClientProfile;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.CompanyLink;
import org.companyunification.model.company.CompanyRole;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.company.RoleAssignment;
import org.companyunification.model.legacy.Client;
import org.companyunification.model.legacy.Constructor;
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
 * <p>An application with its own persistence unit adds {@link #ENTITY_CLASSES} to it instead; the model's
 * Hibernate listeners register themselves through {@code META-INF/services} either way.
 */
public final class CompanyPersistence {

    /** The name of the persistence unit this class builds. */
    public static final String PERSISTENCE_UNIT_NAME = "company-unification";

    /** The JDBC batch size, equal to the allocation size of the id sequences. */
    public static final int BATCH_SIZE = 50;

    /** Every entity class of the model: reference, legacy, unified and origin tables. */
    public static final List<Class<?>> ENTITY_CLASSES = List.of(
            Project.class,
            Person.class,
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
            PersonnelEntityRelationship.class,
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

    private static final Logger LOG = LoggerFactory.getLogger(CompanyPersistence.class);

    private CompanyPersistence() {}

    /**
     * Builds an entity manager factory with the {@linkplain Options#defaults() default options}: the mapping is
     * validated against the schema.
     *
     * @param dataSource the database; the factory borrows connections from it and never closes it
     * @return the factory; close it when done
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when the schema does not match the
     *     mapping (the migrations have not run)
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
     * @param options whether to validate the schema and any further Hibernate properties
     * @return the factory; close it when done
     * @throws CompanyUnificationException with {@link ErrorCode#SCHEMA_MISSING} when validation is on and the
     *     schema does not match the mapping (the migrations have not run)
     * @throws PersistenceException when Hibernate cannot start for another reason, such as an unreachable
     *     database
     */
    public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource, Options options) {
        checkNotNull(dataSource, "dataSource must not be null");
        checkNotNull(options, "options must not be null: use Options.defaults()");
        LOG.debug("Building the {} persistence unit on {} (schema validation {})", PERSISTENCE_UNIT_NAME,
                dataSource, options.validateSchema() ? "on" : "off");
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(PERSISTENCE_UNIT_NAME)
                .managedClasses(ENTITY_CLASSES)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .property(AvailableSettings.HBM2DDL_AUTO, options.validateSchema() ? "validate" : "none")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.ORDER_UPDATES, true)
                .properties(options.properties());
        try {
            return configuration.createEntityManagerFactory();
        } catch (PersistenceException e) {
            Throwable cause = Throwables.getRootCause(e);
            if (cause instanceof SchemaManagementException) {
                throw new CompanyUnificationException(ErrorCode.SCHEMA_MISSING, "The database does not match the"
                        + " company model (" + cause.getMessage() + "): apply the migrations with"
                        + " CompanySchema.configure().dataSource(dataSource).load().migrate()", e);
            }
            throw e;
        }
    }

    /**
     * How {@link #createEntityManagerFactory(DataSource, Options)} configures Hibernate.
     *
     * <pre>{@code
     * Options options = Options.defaults().withoutSchemaValidation().withProperty("hibernate.generate_statistics", true);
     * }</pre>
     *
     * @param validateSchema whether to check the mapping against the schema at start-up (default: {@code true})
     * @param properties further Hibernate or Jakarta Persistence properties, applied last so that they win
     *     (default: none)
     */
    public record Options(boolean validateSchema, Map<String, Object> properties) {

        /**
         * Creates options.
         *
         * @param validateSchema whether to check the mapping against the schema at start-up
         * @param properties further properties, copied
         * @throws NullPointerException when the properties are {@code null}
         */
        public Options {
            properties = Map.copyOf(checkNotNull(properties, "properties must not be null"));
        }

        /**
         * Returns the defaults: validation on, no further properties.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(true, Map.of());
        }

        /**
         * Returns a copy that does not validate the schema, for databases whose schema is known to differ in ways
         * the application does not use.
         *
         * @return the copy
         */
        public Options withoutSchemaValidation() {
            return new Options(false, properties);
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
            return new Options(validateSchema, copy);
        }
    }
}
