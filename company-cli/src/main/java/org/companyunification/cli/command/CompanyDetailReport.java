package org.companyunification.cli.command;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.TextTable;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;
import org.companyunification.model.company.RoleCode;
import org.companyunification.query.view.Affiliation;
import org.companyunification.query.view.CompanyDetail;

/**
 * One company's detail as the {@code company} command prints it with {@code --json}, and as text through {@link
 * #print}; the demo prints it too. Absent values are {@code null}, dates ISO-8601.
 *
 * @param id the company id
 * @param name its name
 * @param companyType its type, or {@code null}
 * @param country its country, or {@code null}
 * @param website its website, or {@code null}
 * @param email its contact email, or {@code null}
 * @param phone its contact phone, or {@code null}
 * @param notes its notes, or {@code null}
 * @param globalRoles the codes of its global roles, in catalogue order
 * @param projectRoles its roles on projects
 * @param clientProfile its client profile, or {@code null}
 * @param currentPeople its current affiliations
 * @param pastPeople its past affiliations
 * @param links its links to other companies, both directions
 * @param legacyRows the legacy rows it came from
 */
record CompanyDetailReport(long id, String name, String companyType, String country, String website, String email,
        String phone, String notes, List<String> globalRoles, List<ProjectRoleRow> projectRoles,
        ClientProfileRow clientProfile, List<PersonRow> currentPeople, List<PersonRow> pastPeople,
        List<LinkRow> links, List<LegacyRow> legacyRows) {

    /** A role on a project. */
    record ProjectRoleRow(long projectId, String projectName, String role, boolean primary, String notes) {}

    /** A client profile. */
    record ClientProfileRow(String priority, String relationshipStrength, String relationshipNotes,
            String lastContactDate, String nextContactDate) {}

    /** A person at the company. */
    record PersonRow(long personId, String name, String email, String title, boolean primary, String startDate,
            String endDate) {}

    /** A link to another company; {@code direction} is {@code OUTGOING} or {@code INCOMING}. */
    record LinkRow(String direction, long otherId, String otherName, String linkType, String notes) {}

    /** A legacy row the company came from. */
    record LegacyRow(String table, long id, String name) {}

    static CompanyDetailReport of(CompanyDetail detail) {
        var company = detail.company();
        return new CompanyDetailReport(company.id(), company.name(), text(company.companyType()),
                text(company.country()), text(company.website()), text(detail.email()), text(detail.phone()),
                text(detail.notes()), detail.globalRoles().stream().map(RoleCode::code).toList(),
                detail.projectRoles().stream().map(r -> new ProjectRoleRow(r.project().id(), r.project().name(),
                        r.role().code(), r.primary(), text(r.notes()))).toList(),
                detail.clientProfile().map(p -> new ClientProfileRow(text(p.priority().map(ClientPriority::label)),
                        text(p.strength().map(RelationshipStrength::label)), text(p.relationshipNotes()),
                        text(p.lastContactDate().map(Object::toString)),
                        text(p.nextContactDate().map(Object::toString)))).orElse(null),
                people(detail.currentAffiliations()), people(detail.pastAffiliations()),
                detail.links().stream().map(l -> new LinkRow(l.direction().name(), l.other().id(), l.other().name(),
                        l.linkType(), text(l.notes()))).toList(),
                detail.origins().stream().map(o -> new LegacyRow(o.sourceTable(), o.sourceId(),
                        text(o.sourceName()))).toList());
    }

    /** Prints the detail as text: a heading line, then a section for each part that is not empty. */
    void print(ReportPrinter printer) {
        printer.item("type: " + orDash(companyType) + ", country: " + orDash(country) + ", website: "
                + orDash(website) + ", email: " + orDash(email) + ", phone: " + orDash(phone));
        if (notes != null) {
            printer.item("notes: " + notes);
        }
        printer.item("global roles: " + (globalRoles.isEmpty() ? "none" : globalRoles.stream()
                .map(code -> RoleCode.of(code).label()).collect(Collectors.joining(", "))));
        if (!projectRoles.isEmpty()) {
            printer.section("Project roles (" + projectRoles.size() + "):");
            TextTable table = new TextTable().right("project").left("project name").left("role").left("primary")
                    .left("notes");
            projectRoles.forEach(r -> table.row(r.projectId(), r.projectName(), RoleCode.of(r.role()).label(),
                    r.primary() ? "yes" : "no", r.notes()));
            printer.table(table);
        }
        if (clientProfile != null) {
            printer.section("Client profile:");
            printer.item("priority: " + orDash(clientProfile.priority()) + ", relationship: "
                    + orDash(clientProfile.relationshipStrength()) + ", last contact: "
                    + orDash(clientProfile.lastContactDate()) + ", next contact: "
                    + orDash(clientProfile.nextContactDate()));
            if (clientProfile.relationshipNotes() != null) {
                printer.item("notes: " + clientProfile.relationshipNotes());
            }
        }
        printPeople(printer, "People, current", currentPeople);
        printPeople(printer, "People, past", pastPeople);
        if (!links.isEmpty()) {
            printer.section("Links (" + links.size() + "):");
            TextTable table = new TextTable().left("direction").right("company").left("name").left("type")
                    .left("notes");
            links.forEach(l -> table.row(l.direction().equals("OUTGOING") ? "to" : "from", l.otherId(),
                    l.otherName(), l.linkType(), l.notes()));
            printer.table(table);
        }
        printer.section("Legacy rows (" + legacyRows.size() + "):");
        if (!legacyRows.isEmpty()) {
            TextTable table = new TextTable().left("legacy table").right("id").left("name");
            legacyRows.forEach(r -> table.row(r.table(), r.id(), r.name()));
            printer.table(table);
        }
    }

    private static void printPeople(ReportPrinter printer, String heading, List<PersonRow> people) {
        if (people.isEmpty()) {
            return;
        }
        printer.section(heading + " (" + people.size() + "):");
        TextTable table = new TextTable().right("person").left("name").left("title").left("primary").left("from")
                .left("to");
        people.forEach(p -> table.row(p.personId(), p.name(), p.title(), p.primary() ? "yes" : "no", p.startDate(),
                p.endDate()));
        printer.table(table);
    }

    private static List<PersonRow> people(List<Affiliation> affiliations) {
        return affiliations.stream().map(a -> new PersonRow(a.personId(), a.personName(), text(a.email()),
                text(a.title()), a.primary(), text(a.startDate().map(Object::toString)),
                text(a.endDate().map(Object::toString)))).toList();
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
