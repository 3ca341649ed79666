package org.companyunification.sync.review;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * A review file: JSON a person edits, one object a pair under {@code "pairs"}. Each pair carries its two company
 * ids and names, its score, a {@code "decision"} ({@code "ACCEPT"}, {@code "REJECT"} or {@code "UNDECIDED"}) and,
 * for an accepted pair, the {@code "survivorId"}: the id of the company that stays.
 *
 * <pre>{@code
 * {"pairs": [
 *   {"companyId": 4, "companyName": "PG&E", "otherCompanyId": 9, "otherCompanyName": "Pacific Gas and Electric",
 *    "score": 0.96, "decision": "ACCEPT", "survivorId": 9},
 *   {"companyId": 5, "companyName": "Bechtel Power", "otherCompanyId": 7, "otherCompanyName": "Bechtal Power",
 *    "score": 0.74, "decision": "REJECT", "survivorId": null}
 * ]}
 * }</pre>
 *
 * @param pairs the pairs, in the order they were written
 */
public record ReviewFile(List<ReviewItem> pairs) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Copies the pairs.
     *
     * @throws NullPointerException when the pairs are {@code null}
     */
    public ReviewFile {
        pairs = List.copyOf(requireNonNull(pairs, "pairs"));
    }

    /**
     * Writes the file, replacing one that exists.
     *
     * @param file where to write
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it cannot be written
     */
    public void write(Path file) {
        requireNonNull(file, "file");
        try {
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "Cannot write the review file "
                    + file + ": " + e.getMessage() + ". Choose a file in a directory you can write to.", e);
        }
    }

    /**
     * Reads a file.
     *
     * @param file the file, as written by {@link #write} and edited
     * @return its pairs
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when it cannot be read, is not
     *     a review file, or a pair is wrong (an accepted pair without a survivor, a survivor not of the pair):
     *     the message says which and where
     */
    public static ReviewFile read(Path file) {
        requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The review file " + file
                    + " does not exist. Write one with --export (DuplicateReview.export) first.");
        }
        try {
            ReviewFile read = JSON.readValue(file.toFile(), ReviewFile.class);
            if (read == null) {
                throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The review file " + file
                        + " is empty. Write one with --export (DuplicateReview.export) first.");
            }
            return read;
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            String what = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum() ? notOneOf(invalid)
                    : cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "The review file " + file
                    + " is not valid" + where + ": " + what + ". Fix it and apply it again.", e);
        } catch (IOException e) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "Cannot read the review file "
                    + file + ": " + e.getMessage(), e);
        }
    }

    /** Says which value of which field is not one of its constants, for example an unknown decision. */
    private static String notOneOf(InvalidFormatException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.append(reference.getFieldName() != null
                    ? (path.isEmpty() ? "" : ".") + reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        String constants = Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", "));
        return path + " is '" + e.getValue() + "', which is not one of " + constants;
    }
}
