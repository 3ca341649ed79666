package org.companyunification.sync;

import jakarta.persistence.EntityManager;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.legacy.Client;
import org.companyunification.model.legacy.Constructor;
import org.companyunification.model.legacy.LegacyCompany;
import org.companyunification.model.legacy.LegacyProjectRelationship;
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

/** Applies a {@link LegacyChange} through the legacy entities, as an application on the library's model does. */
final class LegacyEntityWriter {

    private LegacyEntityWriter() {}

    static void write(EntityManager em, LegacyChange change) {
        LegacyTable table = change.table();
        switch (change.kind()) {
            case INSERT -> em.persist(create(change));
            case UPDATE -> update(em.find(entityClass(table), change.id()), change);
            case DELETE -> em.remove(em.find(entityClass(table), change.id()));
        }
    }

    private static Object create(LegacyChange change) {
        LegacyTable table = change.table();
        long id = change.id();
        return switch (table.kind()) {
            case COMPANY -> {
                String name = (String) change.values().get(table.nameColumn());
                LegacyCompany company = switch (table) {
                    case TECHNOLOGY_VENDORS -> new TechnologyVendor(id, name);
                    case OWNERS_DEVELOPERS -> new OwnerDeveloper(id, name);
                    case OPERATORS -> new Operator(id, name);
                    case CONSTRUCTORS -> new Constructor(id, name);
                    case OFFTAKERS -> new Offtaker(id, name);
                    default -> new Client(id, name);
                };
                update(company, change);
                yield company;
            }
            case PROJECT_RELATIONSHIP -> {
                long project = ((Number) change.values().get("project_id")).longValue();
                long party = ((Number) change.values().get(table.companyIdColumn())).longValue();
                boolean primary = (Boolean) change.values().get("is_primary");
                String notes = (String) change.values().get("notes");
                yield switch (table) {
                    case PROJECT_VENDOR_RELATIONSHIPS -> new ProjectVendorRelationship(id, project, party, primary,
                            notes);
                    case PROJECT_OWNER_RELATIONSHIPS -> new ProjectOwnerRelationship(id, project, party, primary,
                            notes);
                    case PROJECT_OPERATOR_RELATIONSHIPS -> new ProjectOperatorRelationship(id, project, party,
                            primary, notes);
                    case PROJECT_CONSTRUCTOR_RELATIONSHIPS -> new ProjectConstructorRelationship(id, project, party,
                            primary, notes);
                    default -> new ProjectOfftakerRelationship(id, project, party, primary, notes);
                };
            }
            default -> {
                PersonnelEntityRelationship relationship = new PersonnelEntityRelationship(id,
                        ((Number) change.values().get("personnel_id")).longValue(),
                        (String) change.values().get("entity_type"),
                        ((Number) change.values().get("entity_id")).longValue());
                update(relationship, change);
                yield relationship;
            }
        };
    }

    private static void update(Object entity, LegacyChange change) {
        var values = change.values();
        if (entity instanceof LegacyCompany company) {
            if (values.containsKey("website")) {
                company.changeContactDetails(new ContactDetails((String) values.get("website"), null, null, null));
            }
            if (company instanceof Client client && values.containsKey("relationship_strength")) {
                client.changeRelationship((String) values.get("relationship_strength"), null, null, null, null);
            }
        } else if (entity instanceof LegacyProjectRelationship relationship) {
            if (Boolean.TRUE.equals(values.get("is_primary"))) {
                relationship.makePrimary();
            } else if (Boolean.FALSE.equals(values.get("is_primary"))) {
                relationship.makeSecondary();
            }
            if (values.containsKey("notes")) {
                relationship.changeNotes((String) values.get("notes"));
            }
        } else if (entity instanceof PersonnelEntityRelationship relationship && values.containsKey("role_title")) {
            relationship.changeTerms((String) values.get("role_title"),
                    !Boolean.FALSE.equals(values.getOrDefault("is_primary", relationship.isPrimary())), null, null,
                    null);
        }
    }

    private static Class<?> entityClass(LegacyTable table) {
        return switch (table) {
            case TECHNOLOGY_VENDORS -> TechnologyVendor.class;
            case OWNERS_DEVELOPERS -> OwnerDeveloper.class;
            case OPERATORS -> Operator.class;
            case CONSTRUCTORS -> Constructor.class;
            case OFFTAKERS -> Offtaker.class;
            case CLIENTS -> Client.class;
            case PROJECT_VENDOR_RELATIONSHIPS -> ProjectVendorRelationship.class;
            case PROJECT_OWNER_RELATIONSHIPS -> ProjectOwnerRelationship.class;
            case PROJECT_OPERATOR_RELATIONSHIPS -> ProjectOperatorRelationship.class;
            case PROJECT_CONSTRUCTOR_RELATIONSHIPS -> ProjectConstructorRelationship.class;
            case PROJECT_OFFTAKER_RELATIONSHIPS -> ProjectOfftakerRelationship.class;
            case PERSONNEL_ENTITY_RELATIONSHIPS -> PersonnelEntityRelationship.class;
            default -> throw new IllegalArgumentException(table.tableName());
        };
    }
}
