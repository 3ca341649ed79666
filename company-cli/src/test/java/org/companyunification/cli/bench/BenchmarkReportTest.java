package org.companyunification.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.assertj.core.groups.Tuple;
import org.companyunification.cli.bench.BenchmarkReport.DatabaseProduct;
import org.companyunification.cli.bench.BenchmarkReport.Machine;
import org.companyunification.model.schema.DatabaseVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenchmarkReportTest {

    private static final long MB = 1024 * 1024;

    @ParameterizedTest
    @CsvSource({
        "H2,         3000, 2000, MET",
        "H2,         3002, 2000, MISSED",
        "POSTGRESQL, 4000, 2000, MET",
        "POSTGRESQL, 4002, 2000, MISSED",
        "MARIADB,    4000, 2000, MET",
        "MARIADB,    4002, 2000, MISSED"})
    void shouldHoldTheBackfillToTheLimitOfItsDatabase(DatabaseVendor vendor, long backfillMillis,
            long baselineMillis, Target.Status expected) {
        // given
        BenchmarkReport report = report(vendor, backfillMillis, 100, baselineMillis, 100, 100, 200 * MB);

        // when
        Target target = target(report, BenchmarkReport.BACKFILL_TO_BASELINE);

        // then
        assertThat(target.value()).isEqualTo((double) backfillMillis / baselineMillis);
        assertThat(target.status()).isEqualTo(expected);
    }

    @Test
    void shouldReportTheMedianOfTheRepeatsAndKeepEveryRepeat() {
        // given
        List<Duration> odd = List.of(Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(900));
        List<Duration> even = List.of(Duration.ofMillis(400), Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofMillis(200));

        // when
        Measurement three = Measurement.median("sync", odd, 10);
        Measurement four = Measurement.median("sync", even, 10);

        // then
        assertThat(three.duration()).isEqualTo(Duration.ofMillis(300));
        assertThat(three.repeats()).containsExactlyElementsOf(odd);
        assertThat(four.duration()).isEqualTo(Duration.ofMillis(250));
        assertThat(new Measurement("sync", Duration.ofMillis(5), 10).repeats()).containsExactly(Duration.ofMillis(5));
    }

    @Test
    void shouldDivideTheTimingsForEachRatio() {
        // given
        BenchmarkReport report = report(DatabaseVendor.H2, 8000, 900, 5000, 300, 120, 100 * MB);

        // when / then
        assertThat(report.backfillToBaselineRatio()).isEqualTo(8.0 / 5.0);
        assertThat(report.secondToFirstRunRatio()).isEqualTo(0.9 / 8.0);
        assertThat(report.syncToFirstRunRatio()).isEqualTo(0.9 / 8.0);
        assertThat(report.validationToReadRatio()).isEqualTo(0.3 / 0.12);
        assertThat(report.targets()).extracting(Target::key, Target::status).containsExactly(
                Tuple.tuple(BenchmarkReport.BACKFILL_TO_BASELINE, Target.Status.MISSED),
                Tuple.tuple(BenchmarkReport.SECOND_TO_FIRST_RUN, Target.Status.MISSED),
                Tuple.tuple(BenchmarkReport.SYNC_TO_FIRST_RUN, Target.Status.MISSED),
                Tuple.tuple(BenchmarkReport.VALIDATION_TO_READ, Target.Status.MISSED),
                Tuple.tuple(BenchmarkReport.PEAK_HEAP, Target.Status.MET),
                Tuple.tuple(BenchmarkReport.DUPLICATE_SEARCH, Target.Status.MET));
    }

    @Test
    void shouldMeetTheSecondRunAndValidationTargetsAtTheirLimits() {
        // given a second run and a sync of exactly 5%, and a validation of exactly twice the read
        BenchmarkReport report = report(DatabaseVendor.POSTGRESQL, 5000, 250, 4000, 200, 100, 100 * MB);
        // and a second run and a sync of exactly 10%
        BenchmarkReport tenPercent = report(DatabaseVendor.POSTGRESQL, 5000, 500, 4000, 200, 100, 100 * MB);

        // when / then: a second run may take 5% of the first, a sync 10%
        assertThat(target(report, BenchmarkReport.SECOND_TO_FIRST_RUN).status()).isEqualTo(Target.Status.MET);
        assertThat(target(report, BenchmarkReport.SYNC_TO_FIRST_RUN).status()).isEqualTo(Target.Status.MET);
        assertThat(target(report, BenchmarkReport.VALIDATION_TO_READ).status()).isEqualTo(Target.Status.MET);
        assertThat(target(tenPercent, BenchmarkReport.SECOND_TO_FIRST_RUN).status()).isEqualTo(Target.Status.MISSED);
        assertThat(target(tenPercent, BenchmarkReport.SYNC_TO_FIRST_RUN).status()).isEqualTo(Target.Status.MET);
    }

    @Test
    void shouldMissThePeakHeapTargetAtExactly256Megabytes() {
        assertThat(target(report(DatabaseVendor.H2, 1000, 10, 1000, 10, 10, 256 * MB - 1), BenchmarkReport.PEAK_HEAP)
                .status()).isEqualTo(Target.Status.MET);
        assertThat(target(report(DatabaseVendor.H2, 1000, 10, 1000, 10, 10, 256 * MB), BenchmarkReport.PEAK_HEAP)
                .status()).isEqualTo(Target.Status.MISSED);
    }

    @Test
    void shouldWriteTheBackfillToBaselineRatioAndItsLimitAsJson() throws Exception {
        // given
        BenchmarkReport report = report(DatabaseVendor.MARIADB, 3000, 100, 2000, 100, 100, 10 * MB);

        // when
        JsonNode json = new ObjectMapper().readTree(report.toJson());

        // then
        assertThat(json.get("backfillToBaselineRatio").asDouble()).isEqualTo(1.5);
        assertThat(json.get("steps").get("backfill").get("seconds").asDouble()).isEqualTo(3.0);
        assertThat(json.get("machine").get("totalPhysicalMemoryBytes").isNull()).isTrue();
        assertThat(json.get("targets").get("backfillToBaselineRatio").get("limit").asDouble()).isEqualTo(2.0);
        assertThat(json.get("targets").get("backfillToBaselineRatio").get("status").asText()).isEqualTo("MET");
        assertThat(json.get("targets").get("peakHeapBytes").get("comparison").asText()).isEqualTo("<");
        assertThat(json.get("targets").get("peakHeapBytes").get("status").asText()).isEqualTo("MET");
    }

    @Test
    void shouldAllowTheDuplicateSearchAMinutePer100000Companies() throws Exception {
        // given
        BenchmarkReport small = withDuplicateSearch(59_000, 5_000);
        BenchmarkReport large = withDuplicateSearch(110_000, 200_000);

        // when / then
        assertThat(target(small, BenchmarkReport.DUPLICATE_SEARCH).limit()).hasValue(60.0);
        assertThat(target(small, BenchmarkReport.DUPLICATE_SEARCH).status()).isEqualTo(Target.Status.MET);
        assertThat(target(large, BenchmarkReport.DUPLICATE_SEARCH).limit()).hasValue(120.0);
        assertThat(target(large, BenchmarkReport.DUPLICATE_SEARCH).status()).isEqualTo(Target.Status.MET);
        assertThat(target(withDuplicateSearch(61_000, 100_000), BenchmarkReport.DUPLICATE_SEARCH).status())
                .isEqualTo(Target.Status.MISSED);
        JsonNode json = new ObjectMapper().readTree(small.toJson());
        assertThat(json.get("duplicates").get("companies").asLong()).isEqualTo(5_000);
        assertThat(json.get("duplicates").get("strongCandidates").asInt()).isEqualTo(4);
        assertThat(json.get("steps").get("duplicateSearch").get("seconds").asDouble()).isEqualTo(59.0);
    }

    private static BenchmarkReport withDuplicateSearch(long millis, long companies) {
        BenchmarkReport report = report(DatabaseVendor.H2, 1000, 10, 1000, 10, 10, MB);
        return new BenchmarkReport(report.date(), report.scale(), report.seed(), report.batchSize(),
                report.database(), report.machine(), report.generation(), report.backfill(),
                report.secondBackfill(), report.sync(), report.dryRun(), report.validation(), report.readRows(), report.baseline(),
                report.peakHeapBytes(), true, List.of(), new DuplicateSearchFigures(
                        measurement("duplicate search", millis, companies), companies * 3, 4, 6),
                report.networkExport());
    }

    private static Target target(BenchmarkReport report, String key) {
        List<Target> targets = report.targets();
        return targets.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void shouldHoldTheNetworkExportsMaxHeapToAtMost256MegabytesAndWriteItAsJson() throws Exception {
        BenchmarkReport within = report(DatabaseVendor.H2, 1000, 50, 1000, 100, 100, 256 * MB);
        BenchmarkReport beyond = report(DatabaseVendor.H2, 1000, 50, 1000, 100, 100, 257 * MB);

        JsonNode json = new ObjectMapper()
                .readTree(within.toJson()).get("networkExport");

        assertThat(within.networkExport().target().status()).isEqualTo(Target.Status.MET);
        assertThat(beyond.networkExport().target().status()).isEqualTo(Target.Status.MISSED);
        assertThat(json.get("nodes").asLong()).isEqualTo(1_200);
        assertThat(json.get("edges").asLong()).isEqualTo(3_400);
        assertThat(json.get("peakHeapBytes").asLong()).isEqualTo(128 * MB);
        assertThat(json.get("maxHeapBytes").asLong()).isEqualTo(256 * MB);
        assertThat(json.get("status").asText()).isEqualTo("MET");
    }

    private static BenchmarkReport report(DatabaseVendor vendor, long backfillMillis, long secondMillis,
            long baselineMillis, long validationMillis, long countMillis, long peakHeap) {
        return new BenchmarkReport(Instant.parse("2025-01-01T00:00:00Z"), 1, 42, 5000,
                new DatabaseProduct(vendor, vendor.displayName(), "1.0"),
                new Machine(2, 256 * MB, OptionalLong.empty(), "17", "Linux"),
                measurement("generate legacy data", 500, 4600), measurement("backfill", backfillMillis, 4000),
                measurement("second backfill", secondMillis, 4000), measurement("sync", secondMillis, 4000),
                measurement("dry run", 300, 4000),
                measurement("validation", validationMillis, 10_000), measurement("read rows", countMillis, 10_000),
                measurement("baseline copy", baselineMillis, 4000), peakHeap, true, List.of(),
                new DuplicateSearchFigures(measurement("duplicate search", 2000, 3000), 9000, 12, 30),
                new NetworkExportMeasurement(1_200, 3_400, 400_000, 0.5, peakHeap / 2, peakHeap));
    }

    private static Measurement measurement(String step, long millis, long rows) {
        return new Measurement(step, Duration.ofMillis(millis), rows);
    }
}
