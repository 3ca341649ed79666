package org.companyunification.model.company;

import jakarta.persistence.AttributeConverter;
import java.util.function.Function;

/**
 * Stores a {@link LabelledEnum} as its label and reads it back strictly.
 *
 * @param <E> the enum
 */
abstract class LabelConverter<E extends Enum<E> & LabelledEnum> implements AttributeConverter<E, String> {

    private final Function<String, E> strictOf;

    LabelConverter(Function<String, E> strictOf) {
        this.strictOf = strictOf;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.label();
    }

    @Override
    public E convertToEntityAttribute(String label) {
        return label == null ? null : strictOf.apply(label);
    }
}
