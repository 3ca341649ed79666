package org.companyunification.sync;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * Maps a legacy company row, whichever table it came from, to the unified draft. Every text value is cleaned on
 * the way ({@link #clean}); the name is also kept verbatim as the source name.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface LegacyCompanyMapper {

    LegacyCompanyMapper INSTANCE = new LegacyCompanyMapperImpl();

    @Mapping(target = "sourceTable", source = "table")
    @Mapping(target = "sourceId", source = "id")
    @Mapping(target = "sourceName", source = "name", qualifiedByName = "verbatim")
    @Mapping(target = "name", source = "name", qualifiedByName = "name")
    CompanyDraft fromRow(LegacyCompanyRow row);

    /** Applied by MapStruct to every text value: trimmed, blank as {@code null}. */
    default String clean(String value) {
        return LegacyValueCleaner.clean(value);
    }

    @Named("name")
    default String name(String value) {
        return LegacyValueCleaner.cleanName(value);
    }

    @Named("verbatim")
    default String verbatim(String value) {
        return value;
    }
}
