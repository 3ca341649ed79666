package org.companyunification.model.company;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ClientPriority} as its label; the column's check constraint admits only those. */
@Converter
public class ClientPriorityConverter implements AttributeConverter<ClientPriority, String> {

    /** Creates the converter; Hibernate does. */
    public ClientPriorityConverter() {}

    @Override
    public String convertToDatabaseColumn(ClientPriority priority) {
        return priority == null ? null : priority.label();
    }

    @Override
    public ClientPriority convertToEntityAttribute(String label) {
        return label == null ? null : ClientPriority.of(label);
    }
}
