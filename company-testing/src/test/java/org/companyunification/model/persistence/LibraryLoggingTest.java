package org.companyunification.model.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.companyunification.model.schema.CompanySchema;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** What an application's log shows when it migrates and boots the model with the default settings. */
class LibraryLoggingTest {

    @DatabaseTest(schema = DatabaseTest.Schema.LEGACY)
    void shouldAddTheUnifiedSchemaToALegacyDatabaseWithoutWarningsAndWithOneLineOfInfo(TestDatabase db) {
        try (CapturedLog log = CapturedLog.of(Level.DEBUG, "org.flywaydb", "org.companyunification")) {
            CompanySchema.configure().dataSource(db.dataSource()).load().migrate();

            assertThat(log.atOrAbove(Level.WARN)).isEmpty();
            assertThat(log.atOrAbove(Level.INFO)).singleElement().asString()
                    .matches(".*Applied \\d+ unified schema migration\\(s\\) to " + db.vendor().displayName()
                            + ": now at version \\d+");
        }
    }

    @Test
    void shouldLetAnApplicationWithoutLoggingSetUpMigrateAndBootWithoutHibernatesStartUpReport()
            throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.contains("logback"))
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, BootWithoutLoggingSetup.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        List<String> hibernateLines = output.lines().filter(line -> line.contains("HHH") || line.contains(
                "org.hibernate")).toList();
        assertThat(hibernateLines).as(output).isEmpty();
    }
}
