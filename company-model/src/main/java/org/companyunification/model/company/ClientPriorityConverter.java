package org.companyunification.model.company;

import jakarta.persistence.Converter;

/** Stores a {@link ClientPriority} as its label; the column's check constraint admits only those. */
@Converter
public class ClientPriorityConverter extends LabelConverter<ClientPriority> {

    /** Creates the converter; Hibernate does. */
    public ClientPriorityConverter() {
        super(ClientPriority::of);
    }
}
