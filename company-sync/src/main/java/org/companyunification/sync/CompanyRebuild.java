package org.companyunification.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Brings companies back in line with their legacy rows after a change that filling alone cannot follow: the lead
 * row was deleted, emptied a value or is now preceded by a new row of the same organisation, or a row that filled
 * a value changed it. Each company is folded from its legacy rows as a first backfill builds it ({@link
 * CompanyConsistency#fold}: the lead row gives the name and every value it has, later rows fill the rest), and
 * the company, the values its origin records keep and its client profile are written where they differ. A lead
 * row without a usable name (blank, or without a matching key) leaves the company its name, as an edit does.
 */
final class CompanyRebuild {

    /** Companies one query reads. */
    private static final int CHUNK = 200;

    private CompanyRebuild() {}

    /** Rebuilds the given companies on the caller's connection, in its transaction. */
    static void rebuild(Connection connection, Collection<Long> companyIds, MatchingPolicy policy, LocalDateTime now)
            throws SQLException {
        List<Long> ids = companyIds.stream().distinct().sorted().toList();
        try (Writes out = new Writes(connection, false, false)) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                Map<Long, List<CompanyConsistency.Member>> members = CompanyConsistency.members(connection,
                        ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                for (Map.Entry<Long, List<CompanyConsistency.Member>> company : members.entrySet()) {
                    rebuild(company.getKey(), company.getValue(), policy, now, out);
                }
            }
            out.flush();
        }
    }

    private static void rebuild(long companyId, List<CompanyConsistency.Member> members, MatchingPolicy policy,
            LocalDateTime now, Writes out) throws SQLException {
        CompanyConsistency.Fold fold = CompanyConsistency.fold(companyId, members, policy);
        CompanyState stored = members.get(0).company;
        CompanyState wanted = fold.company();
        if (wanted.name == null || wanted.nameKey == null) {
            wanted.name = stored.name;
            wanted.nameKey = stored.nameKey;
        }
        if (!wanted.sameValues(stored)) {
            out.add(Writes.Kind.COMPANY_UPDATE, wanted.updateParameters(now));
        }
        for (int i = 0; i < members.size(); i++) {
            CompanyConsistency.Member member = members.get(i);
            String kept = fold.keptValues().get(i);
            if (CompanyConsistency.keptValuesDiffer(kept, member.originValues)) {
                out.add(Writes.Kind.ORIGIN_VALUES_UPDATE, kept, member.table.tableName(), member.sourceId);
            }
        }
        CompanyConsistency.Member profileLead = fold.profileLead();
        if (profileLead != null && profileLead.hasProfile && !profileLead.profile.equals(profileLead.storedProfile)) {
            out.add(Writes.Kind.PROFILE_UPDATE, profileLead.profile.updateParameters(companyId, now));
        }
    }
}
