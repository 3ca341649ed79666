package org.companyunification.model.company.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.companyunification.model.company.PersonAffiliation;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the database follow the rule that a person has at most one current primary affiliation when one flush
 * both demotes the old primary and writes the new one.
 *
 * <p>Hibernate executes a flush's inserts before its updates, and its updates in id order. A new primary
 * affiliation is therefore inserted while the row it demoted is still primary in the database, and the unique
 * constraint {@code uq_pca_current_primary} refuses it; an update that makes an older row primary can likewise
 * run before the update that demotes a newer one. Just before such an insert or update, this listener demotes in
 * the database the rows of the same person that the flush will demote (or end, or delete) anyway: the
 * affiliations that were loaded as current primary but are no longer so in memory. Their own updates follow
 * and write their full state. Stateless sessions write in the order the caller chooses and are left alone.
 */
final class CurrentPrimaryAffiliationGuard implements PreInsertEventListener, PreUpdateEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentPrimaryAffiliationGuard.class);

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        guard(event.getEntity(), event.getSession());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        guard(event.getEntity(), event.getSession());
        return false;
    }

    private static void guard(Object entity, EventSource session) {
        // A stateless session passes no session: it has no persistence context and writes in the caller's order.
        if (session == null || !(entity instanceof PersonAffiliation affiliation)
                || !affiliation.isCurrentPrimary()) {
            return;
        }
        Object personId = affiliation.getPerson().getId();
        List<Long> stale = new ArrayList<>();
        for (Map.Entry<Object, EntityEntry> managed
                : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            if (managed.getKey() instanceof PersonAffiliation other && other != affiliation
                    && Objects.equals(personId, other.getPerson().getId())
                    && isCurrentPrimaryInDatabase(managed.getValue())
                    && (!other.isCurrentPrimary() || managed.getValue().getStatus() == Status.DELETED)) {
                stale.add(other.getId());
            }
        }
        if (!stale.isEmpty()) {
            LOG.debug("Demoting affiliations {} of person {} before affiliation {} becomes current primary",
                    stale, personId, affiliation.getId());
            session.doWork(connection -> demote(connection, stale));
        }
    }

    private static boolean isCurrentPrimaryInDatabase(EntityEntry entry) {
        return entry.isExistsInDatabase() && entry.getLoadedState() != null
                && Boolean.TRUE.equals(entry.getLoadedValue("primary"))
                && entry.getLoadedValue("endDate") == null;
    }

    private static void demote(Connection connection, List<Long> affiliationIds) throws SQLException {
        String placeholders = affiliationIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE person_company_affiliations SET is_primary = ? WHERE affiliation_id IN (" + placeholders
                        + ")")) {
            statement.setBoolean(1, false);
            for (int i = 0; i < affiliationIds.size(); i++) {
                statement.setLong(i + 2, affiliationIds.get(i));
            }
            statement.executeUpdate();
        }
    }
}
