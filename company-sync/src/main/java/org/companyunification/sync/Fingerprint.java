package org.companyunification.sync;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * A 64-bit fingerprint of a legacy row's values, stored with its origin record. A later run compares the
 * fingerprint of the row as it is then and skips the row when they are equal.
 */
final class Fingerprint {

    private Fingerprint() {}

    static long of(Object... values) {
        Hasher hasher = Hashing.murmur3_128().newHasher();
        for (Object value : values) {
            if (value == null) {
                hasher.putByte((byte) 0);
            } else {
                hasher.putByte((byte) 1).putString(value.toString(), StandardCharsets.UTF_8).putByte((byte) 0x1f);
            }
        }
        return hasher.hash().asLong();
    }

    static long of(CompanyDraft d) {
        return of(d.sourceName(), d.companyType(), d.website(), d.country(), d.contactEmail(), d.contactPhone(),
                d.reactorType(), d.sector(), d.notes(), d.createdAt(), d.updatedAt(), d.relationshipStrength(),
                d.clientPriority(), d.relationshipNotes(), d.lastContactDate(), d.nextContactDate());
    }

    static long of(AssignmentDraft d) {
        return of(d.projectId(), d.partyId(), d.primary(), d.notes(), d.createdAt());
    }

    static long of(AffiliationDraft d) {
        return of(d.personId(), d.entityType(), d.entityId(), d.title(), d.primary(), d.startDate(), d.endDate(),
                d.notes(), d.createdAt());
    }
}
