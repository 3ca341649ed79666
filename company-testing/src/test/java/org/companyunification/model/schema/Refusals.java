package org.companyunification.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that the database refused a statement because of a given constraint, not for some other reason. */
final class Refusals {

    private Refusals() {}

    /**
     * Asserts that the statement fails with an integrity constraint violation (SQLState class 23) whose message
     * names one of the given constraints. Each database words the message its own way, but all three name the
     * constraint (H2 in upper case, MariaDB calls a primary key {@code PRIMARY}).
     */
    static void assertRefusedBy(ThrowingCallable statement, String... constraintNames) {
        assertRefusedBy("the statement", statement, constraintNames);
    }

    /** As {@link #assertRefusedBy(ThrowingCallable, String...)}, naming the value tried in a failure. */
    static void assertRefusedBy(String description, ThrowingCallable statement, String... constraintNames) {
        assertThatThrownBy(statement)
                .as("%s should be refused by %s", description, String.join(" or ", constraintNames))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).as("SQLState of: %s", e.getMessage()).startsWith("23");
                    assertThat(e.getMessage().toLowerCase(Locale.ROOT)).as("message naming the constraint")
                            .containsAnyOf(Arrays.stream(constraintNames)
                                    .map(name -> name.toLowerCase(Locale.ROOT)).toArray(String[]::new));
                });
    }
}
