package org.companyunification.sync;

import java.util.Locale;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Maps the legacy relationship shapes to their unified drafts, cleaning text on the way. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface LegacyRelationshipMapper {

    LegacyRelationshipMapper INSTANCE = new LegacyRelationshipMapperImpl();

    @Mapping(target = "sourceId", source = "relationshipId")
    @Mapping(target = "primary", source = "isPrimary")
    AssignmentDraft fromProjectRelationship(ProjectRelationshipRow row);

    @Mapping(target = "sourceId", source = "relationshipId")
    @Mapping(target = "personId", source = "personnelId")
    @Mapping(target = "entityType", source = "entityType", qualifiedByName = "entityType")
    @Mapping(target = "title", source = "roleTitle")
    @Mapping(target = "primary", source = "isPrimary")
    AffiliationDraft fromPersonnelRelationship(PersonnelRelationshipRow row);

    /** Applied by MapStruct to every text value: trimmed, blank as {@code null}. */
    default String clean(String value) {
        return LegacyValueCleaner.clean(value);
    }

    @Named("entityType")
    default String entityType(String value) {
        String cleaned = LegacyValueCleaner.clean(value);
        return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
    }
}
