package org.companyunification.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.companyunification.cli.bench.BenchmarkReport.DatabaseProduct;
import org.companyunification.cli.bench.BenchmarkReport.Machine;
import org.companyunification.model.schema.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GrowthCurveTest {

    @Test
    void shouldMeasureTheBackfillsFallFromScaleTenToTheLargest() {
        // given 4,000 legacy rows per scale unit; the backfill takes 1 s at scale 1 (warm-up), 5 s at 10, 60 s at 100
        GrowthCurve curve = new GrowthCurve(List.of(run(DatabaseVendor.POSTGRESQL, 1, 1000),
                run(DatabaseVendor.POSTGRESQL, 10, 5000), run(DatabaseVendor.POSTGRESQL, 100, 60_000)));

        // when
        Target target = curve.target();

        // then 8,000 rows/s at scale 10 fell to 6,667 at 100: one sixth
        assertThat(curve.reference().scale()).isEqualTo(10);
        assertThat(curve.backfillRowsPerSecondFall()).isCloseTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(target.key()).isEqualTo(GrowthCurve.BACKFILL_FALL);
        assertThat(target.status()).isEqualTo(Target.Status.MET);
        assertThat(new GrowthCurve(List.of(run(DatabaseVendor.H2, 10, 5000), run(DatabaseVendor.H2, 1000, 700_000)))
                .target().status()).isEqualTo(Target.Status.MISSED);
    }

    @Test
    void shouldOnlyReportTheFallWhenNoScaleReachesTen() {
        // given
        GrowthCurve curve = new GrowthCurve(List.of(run(DatabaseVendor.H2, 0.1, 100), run(DatabaseVendor.H2, 2, 8000)));

        // when / then: scale 0.1 is the reference, 4,000 rows/s fell to 1,000
        assertThat(curve.reference().scale()).isEqualTo(0.1);
        assertThat(curve.backfillRowsPerSecondFall()).isEqualTo(0.75);
        assertThat(curve.target().status()).isEqualTo(Target.Status.NO_TARGET);
    }

    @Test
    void shouldRefuseRunsThatDoNotFormOneCurve() {
        assertThatThrownBy(() -> new GrowthCurve(List.of(run(DatabaseVendor.H2, 1, 100))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two scales");
        assertThatThrownBy(() -> new GrowthCurve(List.of(run(DatabaseVendor.H2, 10, 100), run(DatabaseVendor.H2, 1, 10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scales must ascend");
        assertThatThrownBy(() -> new GrowthCurve(List.of(run(DatabaseVendor.H2, 1, 100),
                run(DatabaseVendor.MARIADB, 10, 100)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same database");
    }

    @Test
    void shouldWriteEveryStepsPointsTheFallAndEveryRunAsJson() throws Exception {
        // given
        GrowthCurve curve = new GrowthCurve(List.of(run(DatabaseVendor.MARIADB, 10, 5000),
                run(DatabaseVendor.MARIADB, 100, 50_000)));

        // when
        JsonNode json = new ObjectMapper().readTree(curve.toJson());

        // then
        assertThat(json.get("scales")).extracting(JsonNode::asDouble).containsExactly(10.0, 100.0);
        assertThat(json.get("database").get("vendor").asText()).isEqualTo("MariaDB");
        assertThat(json.get("curve").fieldNames()).toIterable().containsExactly("backfill", "secondBackfill", "sync",
                "dryRun", "validation", "baseline");
        JsonNode backfill = json.get("curve").get("backfill");
        assertThat(backfill).hasSize(2);
        assertThat(backfill.get(1).get("scale").asDouble()).isEqualTo(100);
        assertThat(backfill.get(1).get("rows").asLong()).isEqualTo(400_000);
        assertThat(backfill.get(1).get("seconds").asDouble()).isEqualTo(50.0);
        assertThat(backfill.get(1).get("rowsPerSecond").asDouble()).isEqualTo(8000.0);
        JsonNode fall = json.get(GrowthCurve.BACKFILL_FALL);
        assertThat(fall.get("value").asDouble()).isEqualTo(0.0);
        assertThat(fall.get("referenceScale").asDouble()).isEqualTo(10);
        assertThat(fall.get("scale").asDouble()).isEqualTo(100);
        assertThat(fall.get("limit").asDouble()).isEqualTo(GrowthCurve.BACKFILL_FALL_LIMIT);
        assertThat(fall.get("status").asText()).isEqualTo("MET");
        assertThat(json.get("runs")).hasSize(2);
        assertThat(json.get("runs").get(1).get("steps").get("backfill").get("seconds").asDouble()).isEqualTo(50.0);
    }

    @Test
    void shouldDrawOneLinePerDatabaseAndStepWithTheSpeedsInOrderOfScale() throws Exception {
        // given two databases' curves; a product name that needs escaping in XML
        GrowthCurve h2 = new GrowthCurve(List.of(run(DatabaseVendor.H2, 1, 1000), run(DatabaseVendor.H2, 10, 5000),
                run(DatabaseVendor.H2, 100, 100_000)));
        GrowthCurve postgres = new GrowthCurve(List.of(run(DatabaseVendor.POSTGRESQL, 1, 2000),
                run(DatabaseVendor.POSTGRESQL, 10, 10_000), run(DatabaseVendor.POSTGRESQL, 100, 50_000)));
        ObjectMapper mapper = new ObjectMapper();

        // when
        String svg = GrowthChart.svg(List.of(mapper.readTree(h2.toJson()), mapper.readTree(postgres.toJson())),
                List.of("backfill", "baseline"));

        // then it is well-formed SVG with four lines of three points each
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList lines = document.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(4);
        assertThat(svg).contains("H2: backfill", "H2: baseline copy", "PostgreSQL: backfill",
                "PostgreSQL: baseline copy");
        // one database's chart names its product, escaped
        assertThat(GrowthChart.svg(List.of(mapper.readTree(postgres.toJson())), List.of("backfill")))
                .contains("Postgre&lt;SQL&gt; &amp; co 1.0");
        // H2's backfill: 4,000, 8,000 and 4,000 rows/s at scales 1, 10 and 100; x grows, y (downwards) rises then falls
        double[][] points = points((Element) lines.item(0));
        assertThat(points).hasNumberOfRows(3);
        assertThat(points[0][0]).isLessThan(points[1][0]);
        assertThat(points[1][0] - points[0][0]).isCloseTo(points[2][0] - points[1][0],
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(points[1][1]).isLessThan(points[0][1]);
        assertThat(points[2][1]).isEqualTo(points[0][1]);
    }

    @Test
    void shouldRefuseToDrawWhatIsNotAGrowthCurveOrAnUnknownStep() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode single = mapper.readTree(run(DatabaseVendor.H2, 1, 100).toJson());
        JsonNode curve = mapper.readTree(new GrowthCurve(List.of(run(DatabaseVendor.H2, 1, 100),
                run(DatabaseVendor.H2, 2, 200))).toJson());

        assertThatThrownBy(() -> GrowthChart.svg(List.of(single), GrowthChart.DEFAULT_STEPS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a growth curve");
        assertThatThrownBy(() -> GrowthChart.svg(List.of(curve), List.of("coffee")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown step coffee");
    }

    private static double[][] points(Element polyline) {
        String[] pairs = polyline.getAttribute("points").trim().split(" ");
        double[][] points = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            points[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        return points;
    }

    /** A run at a scale, 4,000 legacy rows per scale unit, whose backfill took the given time. */
    private static BenchmarkReport run(DatabaseVendor vendor, double scale, long backfillMillis) {
        long rows = Math.round(4000 * scale);
        String product = vendor == DatabaseVendor.POSTGRESQL ? "Postgre<SQL> & co" : vendor.displayName();
        return new BenchmarkReport(Instant.parse("2026-01-01T00:00:00Z"), scale, 42, 5000,
                new DatabaseProduct(vendor, product, "1.0"), new Machine(2, 256L << 20, OptionalLong.empty(), "17",
                        "Linux"),
                measurement("generate legacy data", backfillMillis, rows), measurement("backfill", backfillMillis, rows),
                measurement("second backfill", backfillMillis / 20 + 1, rows),
                measurement("sync", backfillMillis / 20 + 1, rows), measurement("dry run", backfillMillis / 4 + 1, rows),
                measurement("validation", backfillMillis / 4 + 1, rows * 3),
                measurement("read rows", backfillMillis / 10 + 1, rows * 3),
                measurement("baseline copy", backfillMillis / 2 + 1, rows), 100L << 20, true, List.of(),
                new DuplicateSearchFigures(measurement("duplicate search", 10, rows / 4), rows, 1, 1),
                new NetworkExportMeasurement(10, 20, 300, 0.1, 1L << 20, 256L << 20));
    }

    private static Measurement measurement(String step, long millis, long rows) {
        return new Measurement(step, Duration.ofMillis(millis), rows);
    }
}
