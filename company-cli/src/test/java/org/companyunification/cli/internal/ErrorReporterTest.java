package org.companyunification.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    @Test
    void shouldPutTheLibrarysMessageOnOneLine() {
        CompanyUnificationException missing = new CompanyUnificationException(ErrorCode.SCHEMA_MISSING,
                "The legacy table technology_vendors does not exist.\n   Point the tool at the legacy database.");

        assertThat(ErrorReporter.describe(missing)).isEqualTo(
                "The legacy table technology_vendors does not exist. Point the tool at the legacy database.");
    }

    @Test
    void shouldNameTheTypeOfAnUnexpectedFailureAndPointToVerbose() {
        assertThat(ErrorReporter.describe(new IllegalStateException("pool closed\r\nwhile reading")))
                .isEqualTo("unexpected IllegalStateException: pool closed while reading"
                        + " (run again with --verbose for the stack trace)");
    }
}
