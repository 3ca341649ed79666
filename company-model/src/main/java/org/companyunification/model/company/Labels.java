package org.companyunification.model.company;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** Strict and lenient reading of the labels of a closed set of values stored as text. */
final class Labels {

    private Labels() {}

    static <E extends Enum<E> & LabelledEnum> E strict(E[] values, String raw, String what) {
        checkNotNull(raw, "%s must not be null", what);
        for (E value : values) {
            if (value.label().equals(raw)) {
                return value;
            }
        }
        throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "Unknown " + what + " '" + raw
                + "': expected one of "
                + Arrays.stream(values).map(LabelledEnum::label).collect(Collectors.joining(", ")));
    }

    static <E extends Enum<E> & LabelledEnum> Optional<E> lenient(E[] values, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String wanted = raw.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values)
                .filter(value -> value.label().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
