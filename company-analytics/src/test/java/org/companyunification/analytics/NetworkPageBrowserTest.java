package org.companyunification.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkFormat;
import org.companyunification.model.schema.DatabaseVendor;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the exported HTML page in headless Chromium (Debian's {@code chromium}) and reads what the page itself
 * recorded in its {@code #status} element once drawn: the nodes Cytoscape.js holds, how many of its canvas pixels
 * it painted, and every error the page saw. Without Chromium the test is skipped with the reason, except when the
 * environment variable {@code CI} is {@code true}: there it fails.
 */
class NetworkPageBrowserTest {

    private static final Pattern STATUS = Pattern.compile("<div id=\"status\"([^>]*)>");

    @DatabaseTest(vendors = DatabaseVendor.H2)
    void shouldDrawTheNetworkAndTheChartsInABrowserWithoutAnyError(TestDatabase db, @TempDir Path directory)
            throws Exception {
        Path chromium = chromium();
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            Path page = directory.resolve("network.html");
            fixture.analytics().export(NetworkFilter.all(), NetworkFormat.HTML, page);
            String html = Files.readString(page);
            assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContain("<link ");

            String dom = dumpDom(chromium, page, directory.resolve("profile"));

            Matcher status = STATUS.matcher(dom);
            assertThat(status.find()).as("the page's #status element in\n%s", tail(dom)).isTrue();
            String attributes = status.group(1);
            assertThat(attribute(attributes, "data-errors")).as("errors the page logged: %s", errors(dom))
                    .isEqualTo("0");
            assertThat(attribute(attributes, "data-state")).isEqualTo("drawn");
            assertThat(attribute(attributes, "data-nodes")).isEqualTo("12");
            assertThat(attribute(attributes, "data-edges")).isEqualTo("9");
            assertThat(attribute(attributes, "data-visible-nodes")).isEqualTo("12");
            assertThat(Integer.parseInt(attribute(attributes, "data-painted-pixels"))).isGreaterThan(100);
            assertThat(dom).contains("Companies by global role", "Client pipeline");
            assertThat(Pattern.compile("<svg").matcher(dom).results().count()).isGreaterThanOrEqualTo(6);
        }
    }

    private static Path chromium() {
        Optional<Path> found = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .map(Path::of).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("Chromium is not installed (looked for /usr/bin/chromium and /usr/bin/chromium-browser), and CI"
                    + " must run the browser test: install the Debian package chromium (.ci/run does)");
        }
        assumeTrue(found.isPresent(), "Chromium is not installed (/usr/bin/chromium): the browser test is skipped;"
                + " install the Debian package chromium to run it");
        return found.get();
    }

    private static String dumpDom(Path chromium, Path page, Path profile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString()));
        Path out = Files.createTempFile(page.getParent(), "dom", ".html");
        Path err = Files.createTempFile(page.getParent(), "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within 120 s: " + Files.readString(err));
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(dom).as("Chromium's output (exit %s): %s", process.exitValue(), Files.readString(err))
                .isNotBlank();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        return dom;
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        assertThat(matcher.find()).as("attribute %s in %s", name, attributes).isTrue();
        return matcher.group(1);
    }

    private static String errors(String dom) {
        Matcher matcher = Pattern.compile("<pre class=\"errors\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        return matcher.find() ? matcher.group(1) : "(none found)";
    }

    private static String tail(String dom) {
        return dom.substring(Math.max(0, dom.length() - 2000));
    }
}
