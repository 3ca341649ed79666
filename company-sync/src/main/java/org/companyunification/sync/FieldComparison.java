package org.companyunification.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.companyunification.sync.consistency.FieldDifference;

/** Compares the fields of one unified row with the values its legacy row maps to, collecting those that differ. */
final class FieldComparison {

    private final List<FieldDifference> differences = new ArrayList<>();

    /** Compares one field; values are equal when both are {@code null} or {@link Object#equals}. */
    FieldComparison compare(String field, Object legacy, Object unified) {
        if (!Objects.equals(legacy, unified)) {
            differences.add(new FieldDifference(field, text(legacy), text(unified)));
        }
        return this;
    }

    boolean isEmpty() {
        return differences.isEmpty();
    }

    List<FieldDifference> differences() {
        return differences;
    }

    List<String> names() {
        return differences.stream().map(FieldDifference::field).toList();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
