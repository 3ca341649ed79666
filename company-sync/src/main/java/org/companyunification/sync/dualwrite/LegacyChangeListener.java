package org.companyunification.sync.dualwrite;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.companyunification.model.legacy.LegacyCompany;
import org.companyunification.model.legacy.LegacyRelationship;
import org.companyunification.model.legacy.LegacyTable;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Notes every insert, update and delete of a legacy company, project relationship or personnel relationship
 * entity in the transaction's {@link LegacyChanges}, which the session's action queue applies once, just before
 * the transaction completes. Nothing is queried from inside the flush.
 */
final class LegacyChangeListener
        implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final Map<SharedSessionContractImplementor, LegacyChanges> open = new ConcurrentHashMap<>();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        note(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        note(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        note(event.getSession(), event.getEntity(), event.getId());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void note(EventSource session, Object entity, Object id) {
        Optional<LegacyTable> table = tableOf(entity);
        if (table.isEmpty() || !(id instanceof Number number)) {
            return;
        }
        open.computeIfAbsent(session, s -> {
            LegacyChanges changes = new LegacyChanges(() -> open.remove(s));
            session.getActionQueue().registerProcess((org.hibernate.action.spi.BeforeTransactionCompletionProcess)
                    changes);
            session.getActionQueue().registerProcess((org.hibernate.action.spi.AfterTransactionCompletionProcess)
                    changes);
            return changes;
        }).add(table.get(), number.longValue());
    }

    private static Optional<LegacyTable> tableOf(Object entity) {
        if (entity instanceof LegacyCompany company) {
            return Optional.of(company.getLegacyTable());
        }
        if (entity instanceof LegacyRelationship relationship) {
            return LegacyTable.byName(relationship.getTableName());
        }
        return Optional.empty();
    }
}
