package org.companyunification.sync;

import java.sql.PreparedStatement;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.companyunification.model.company.ClientProfile;
import org.companyunification.model.company.Company;
import org.companyunification.model.company.ContactDetails;
import org.companyunification.model.company.PersonAffiliation;
import org.companyunification.model.company.RoleAssignment;
import org.companyunification.sync.ReverseChanges.RemovedRole;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Hears Hibernate write the unified entities and collects, per transaction, what the legacy tables must follow
 * ({@link ReverseChanges}); once per transaction, just before it completes, {@link ReverseSyncWriter} writes the
 * legacy rows on the session's connection. The listener itself reads nothing from the database while Hibernate
 * flushes.
 *
 * <p>One exception: the origin records of a project role assignment ({@code assignment_origins}) refer to the
 * assignment by a foreign key, so they are deleted just before Hibernate deletes the assignment; the legacy
 * relationship rows behind them are deleted later, with the other changes, by their project and company.
 */
final class ReverseSyncListener implements PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener, PreDeleteEventListener {

    private final Map<EventSource, ReverseChanges> open = new ConcurrentHashMap<>();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof RoleAssignment assignment) {
            changes(event.getSession()).insertedAssignments.add(assignment.getId());
        } else if (entity instanceof ClientProfile profile) {
            changes(event.getSession()).changedProfiles.add((Long) event.getId());
        } else if (entity instanceof PersonAffiliation affiliation) {
            changes(event.getSession()).insertedAffiliations.add(affiliation.getId());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof Company company) {
            Set<String> columns = changedCompanyColumns(event);
            if (!columns.isEmpty()) {
                changes(event.getSession()).companyChanged(company.getId(), columns);
            }
        } else if (entity instanceof RoleAssignment assignment) {
            Set<String> columns = new LinkedHashSet<>();
            if (changed(event, "primary")) {
                columns.add("is_primary");
            }
            if (changed(event, "notes")) {
                columns.add("notes");
            }
            if (!columns.isEmpty()) {
                changes(event.getSession()).assignmentChanged(assignment.getId(), columns);
            }
        } else if (entity instanceof ClientProfile) {
            changes(event.getSession()).changedProfiles.add((Long) event.getId());
        } else if (entity instanceof PersonAffiliation affiliation) {
            changes(event.getSession()).changedAffiliations.add(affiliation.getId());
        }
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (event.getSession() != null && event.getEntity() instanceof RoleAssignment assignment
                && !assignment.getContext().isGlobal()) {
            long assignmentId = (Long) event.getId();
            event.getSession().doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "DELETE FROM assignment_origins WHERE assignment_id = ?")) {
                    statement.setLong(1, assignmentId);
                    statement.executeUpdate();
                }
            });
        }
        return false;
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof RoleAssignment assignment) {
            ReverseChanges changes = changes(event.getSession());
            changes.insertedAssignments.remove(assignment.getId());
            changes.changedAssignments.remove(assignment.getId());
            changes.removedRoles.add(new RemovedRole(assignment.getCompany().getId(), assignment.getRole(),
                    assignment.getContext().projectId().isPresent()
                            ? assignment.getContext().projectId().getAsLong() : null));
        } else if (entity instanceof ClientProfile) {
            changes(event.getSession()).changedProfiles.add((Long) event.getId());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Returns the changes of the session's transaction, registering their writing on first use. */
    private ReverseChanges changes(EventSource session) {
        if (session == null) {
            // A stateless session passes none: it has no action queue to write the legacy rows from.
            return new ReverseChanges();
        }
        return open.computeIfAbsent(session, s -> {
            ReverseChanges changes = new ReverseChanges();
            s.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) completing ->
                    completing.doWork(connection -> new ReverseSyncWriter(connection).apply(changes)));
            s.getActionQueue().registerProcess((AfterTransactionCompletionProcess) (success, completed) ->
                    open.remove(s));
            return changes;
        });
    }

    private static Set<String> changedCompanyColumns(PostUpdateEvent event) {
        Set<String> columns = new LinkedHashSet<>();
        if (changed(event, "name")) {
            columns.add(ReverseCompanies.NAME);
        }
        for (String[] property : new String[][] {{"companyType", "company_type"}, {"reactorType", "reactor_type"},
                {"sector", "sector"}, {"notes", "notes"}}) {
            if (changed(event, property[0])) {
                columns.add(property[1]);
            }
        }
        int contact = index(event.getPersister(), "contactDetails");
        ContactDetails before = contactDetails(event.getOldState() == null ? null : event.getOldState()[contact]);
        ContactDetails after = contactDetails(event.getState()[contact]);
        if (event.getOldState() == null || !Objects.equals(before.website(), after.website())) {
            columns.add("website");
        }
        if (event.getOldState() == null || !Objects.equals(before.country(), after.country())) {
            columns.add("country");
        }
        if (event.getOldState() == null || !Objects.equals(before.email(), after.email())) {
            columns.add("contact_email");
        }
        if (event.getOldState() == null || !Objects.equals(before.phone(), after.phone())) {
            columns.add("contact_phone");
        }
        return columns;
    }

    private static ContactDetails contactDetails(Object value) {
        return value instanceof ContactDetails details ? details : ContactDetails.none();
    }

    /** Tells whether a property changed; without the old state (a detached entity updated), it may have. */
    private static boolean changed(PostUpdateEvent event, String property) {
        int index = index(event.getPersister(), property);
        return event.getOldState() == null || !Objects.equals(event.getOldState()[index], event.getState()[index]);
    }

    private static int index(EntityPersister persister, String property) {
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return i;
            }
        }
        throw new IllegalStateException("entity " + persister.getEntityName() + " has no property " + property);
    }
}
