package org.companyunification.model.company;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link RoleCode} as its {@code company_roles.role_id}. */
@Converter
public class RoleCodeConverter implements AttributeConverter<RoleCode, Integer> {

    /** Creates the converter; Hibernate does. */
    public RoleCodeConverter() {}

    @Override
    public Integer convertToDatabaseColumn(RoleCode role) {
        return role == null ? null : role.roleId();
    }

    @Override
    public RoleCode convertToEntityAttribute(Integer roleId) {
        return roleId == null ? null : RoleCode.ofRoleId(roleId);
    }
}
