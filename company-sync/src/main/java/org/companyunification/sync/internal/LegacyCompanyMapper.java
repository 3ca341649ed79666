package org.companyunification.sync.internal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;

/**
 * Maps each legacy company table's row, with its own column names, to the one unified draft. Every text value
 * is cleaned on the way ({@link #clean}); the name is also kept verbatim as the source name.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface LegacyCompanyMapper {

    LegacyCompanyMapper INSTANCE = Mappers.getMapper(LegacyCompanyMapper.class);

    @Mapping(target = "sourceTable", constant = "technology_vendors")
    @Mapping(target = "sourceId", source = "vendorId")
    @Mapping(target = "sourceName", source = "vendorName", qualifiedByName = "verbatim")
    @Mapping(target = "name", source = "vendorName", qualifiedByName = "name")
    @Mapping(target = "companyType", ignore = true)
    @Mapping(target = "sector", ignore = true)
    @Mapping(target = "relationshipStrength", ignore = true)
    @Mapping(target = "clientPriority", ignore = true)
    @Mapping(target = "relationshipNotes", ignore = true)
    @Mapping(target = "lastContactDate", ignore = true)
    @Mapping(target = "nextContactDate", ignore = true)
    CompanyDraft fromVendor(VendorRow row);

    @Mapping(target = "sourceTable", constant = "owners_developers")
    @Mapping(target = "sourceId", source = "ownerId")
    @Mapping(target = "sourceName", source = "companyName", qualifiedByName = "verbatim")
    @Mapping(target = "name", source = "companyName", qualifiedByName = "name")
    @Mapping(target = "reactorType", ignore = true)
    @Mapping(target = "sector", ignore = true)
    @Mapping(target = "relationshipStrength", ignore = true)
    @Mapping(target = "clientPriority", ignore = true)
    @Mapping(target = "relationshipNotes", ignore = true)
    @Mapping(target = "lastContactDate", ignore = true)
    @Mapping(target = "nextContactDate", ignore = true)
    CompanyDraft fromOwnerDeveloper(OwnerDeveloperRow row);

    @Mapping(target = "sourceTable", constant = "operators")
    @Mapping(target = "sourceId", source = "operatorId")
    @Mapping(target = "sourceName", source = "operatorName", qualifiedByName = "verbatim")
    @Mapping(target = "name", source = "operatorName", qualifiedByName = "name")
    @Mapping(target = "companyType", ignore = true)
    @Mapping(target = "reactorType", ignore = true)
    @Mapping(target = "sector", ignore = true)
    @Mapping(target = "relationshipStrength", ignore = true)
    @Mapping(target = "clientPriority", ignore = true)
    @Mapping(target = "relationshipNotes", ignore = true)
    @Mapping(target = "lastContactDate", ignore = true)
    @Mapping(target = "nextContactDate", ignore = true)
    CompanyDraft fromOperator(OperatorRow row);

    @Mapping(target = "sourceTable", constant = "constructors")
    @Mapping(target = "sourceId", source = "constructorId")
    @Mapping(target = "sourceName", source = "companyName", qualifiedByName = "verbatim")
    @Mapping(target = "name", source = "companyName", qualifiedByName = "name")
    @Mapping(target = "companyType", ignore = true)
    @Mapping(target = "reactorType", ignore = true)
    @Mapping(target = "sector", ignore = true)
    @Mapping(target = "relationshipStrength", ignore = true)
    @Mapping(target = "clientPriority", ignore = true)
    @Mapping(target = "relationshipNotes", ignore = true)
    @Mapping(target = "lastContactDate", ignore = true)
    @Mapping(target = "nextContactDate", ignore = true)
    CompanyDraft fromConstructor(ConstructorRow row);

    @Mapping(target = "sourceTable", constant = "offtakers")
    @Mapping(target = "sourceId", source = "offtakerId")
    @Mapping(target = "sourceName", source = "organizationName", qualifiedByName = "verbatim")
    @Mapping(target = "name", source = "organizationName", qualifiedByName = "name")
    @Mapping(target = "companyType", ignore = true)
    @Mapping(target = "reactorType", ignore = true)
    @Mapping(target = "relationshipStrength", ignore = true)
    @Mapping(target = "clientPriority", ignore = true)
    @Mapping(target = "relationshipNotes", ignore = true)
    @Mapping(target = "lastContactDate", ignore = true)
    @Mapping(target = "nextContactDate", ignore = true)
    CompanyDraft fromOfftaker(OfftakerRow row);

    @Mapping(target = "sourceTable", constant = "clients")
    @Mapping(target = "sourceId", source = "clientId")
    @Mapping(target = "sourceName", source = "clientName", qualifiedByName = "verbatim")
    @Mapping(target = "name", source = "clientName", qualifiedByName = "name")
    @Mapping(target = "companyType", ignore = true)
    @Mapping(target = "reactorType", ignore = true)
    @Mapping(target = "sector", ignore = true)
    CompanyDraft fromClient(ClientRow row);

    /** Applied by MapStruct to every text value: trimmed, blank as {@code null}. */
    default String clean(String value) {
        return Text.clean(value);
    }

    @Named("name")
    default String name(String value) {
        return Text.cleanName(value);
    }

    @Named("verbatim")
    default String verbatim(String value) {
        return value;
    }
}
