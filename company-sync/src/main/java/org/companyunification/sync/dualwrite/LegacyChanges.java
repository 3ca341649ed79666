package org.companyunification.sync.dualwrite;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.companyunification.model.legacy.LegacyTable;
import org.companyunification.sync.DualWrite;
import org.companyunification.sync.MatchingPolicy;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The legacy rows one transaction of one session inserted, updated or deleted through entities. Just before the
 * transaction commits (after the last flush) they are reconciled into the unified tables in one go, on the
 * session's connection, through {@link DualWrite}; a failure there fails the commit, so the legacy and unified
 * writes are committed together or not at all. After completion, committed or rolled back, the collection is
 * dropped.
 */
final class LegacyChanges implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

    private final Map<LegacyTable, Set<Long>> changes = new EnumMap<>(LegacyTable.class);
    private final Runnable onCompletion;

    LegacyChanges(Runnable onCompletion) {
        this.onCompletion = onCompletion;
    }

    synchronized void add(LegacyTable table, long id) {
        changes.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(id);
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
        Map<LegacyTable, Set<Long>> collected;
        synchronized (this) {
            collected = new EnumMap<>(changes);
            changes.clear();
        }
        onCompletion.run();
        if (!collected.isEmpty()) {
            session.doWork(connection -> DualWrite.afterLegacyChanges(connection, collected,
                    MatchingPolicy.byNameKey()));
        }
    }

    @Override
    public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
        onCompletion.run();
    }
}
