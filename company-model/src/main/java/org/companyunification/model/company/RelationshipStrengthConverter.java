package org.companyunification.model.company;

import jakarta.persistence.Converter;

/** Stores a {@link RelationshipStrength} as its label; the column's check constraint admits only those. */
@Converter
public class RelationshipStrengthConverter extends LabelConverter<RelationshipStrength> {

    /** Creates the converter; Hibernate does. */
    public RelationshipStrengthConverter() {
        super(RelationshipStrength::of);
    }
}
