package org.companyunification.model.company;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link RelationshipStrength} as its label; the column's check constraint admits only those. */
@Converter
public class RelationshipStrengthConverter implements AttributeConverter<RelationshipStrength, String> {

    /** Creates the converter; Hibernate does. */
    public RelationshipStrengthConverter() {}

    @Override
    public String convertToDatabaseColumn(RelationshipStrength strength) {
        return strength == null ? null : strength.label();
    }

    @Override
    public RelationshipStrength convertToEntityAttribute(String label) {
        return label == null ? null : RelationshipStrength.of(label);
    }
}
