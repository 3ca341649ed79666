package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/**
 * Several {@link Benchmark} runs of the same database at growing scales: how the speed of each step changes
 * with the size of the data.
 *
 * <p>The backfill's speed is held against a target: its rows per second at the largest scale fall by at most
 * {@value #BACKFILL_FALL_LIMIT} (20%) from the smallest scale of at least {@value #REFERENCE_SCALE}. Smaller scales
 * weigh the JVM's warm-up and each table's fixed costs too heavily to be the reference; when no scale reaches it,
 * the fall from the smallest scale is reported without a target.
 *
 * @param runs the runs, one per scale, in ascending order of scale
 */
public record GrowthCurve(List<BenchmarkReport> runs) {

    /** The JSON key of the backfill's fall in rows per second. */
    public static final String BACKFILL_FALL = "backfillRowsPerSecondFall";

    /** The most the backfill's rows per second may fall from the reference scale to the largest. */
    public static final double BACKFILL_FALL_LIMIT = 0.20;

    /** The smallest scale that may be the reference of the backfill's fall. */
    public static final double REFERENCE_SCALE = 10;

    /**
     * The steps of the curve, in the order they run, with their keys in the JSON of a {@link BenchmarkReport}.
     * Each counts the same legacy rows at a scale, but for the validation, which counts the rows of the tables it
     * reads.
     */
    public static final List<CurveStep> STEPS = List.of(
            new CurveStep("backfill", "backfill", BenchmarkReport::backfill),
            new CurveStep("secondBackfill", "second backfill", BenchmarkReport::secondBackfill),
            new CurveStep("sync", "sync", BenchmarkReport::sync),
            new CurveStep("dryRun", "dry run", BenchmarkReport::dryRun),
            new CurveStep("validation", "validation", BenchmarkReport::validation),
            new CurveStep("baseline", "baseline copy", BenchmarkReport::baseline));

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Checks the runs.
     *
     * @throws IllegalArgumentException when there are fewer than two, their scales are not ascending and distinct,
     *     or they ran on different databases
     */
    public GrowthCurve {
        runs = List.copyOf(runs);
        checkArgument(runs.size() >= 2, "a growth curve needs at least two scales: %s", runs.size());
        for (int i = 1; i < runs.size(); i++) {
            checkArgument(runs.get(i).scale() > runs.get(i - 1).scale(), "scales must ascend: %s after %s",
                    runs.get(i).scale(), runs.get(i - 1).scale());
            checkArgument(runs.get(i).database().vendor() == runs.get(0).database().vendor(),
                    "every run must be on the same database: %s and %s", runs.get(0).database().vendor(),
                    runs.get(i).database().vendor());
        }
    }

    /**
     * Returns the scales, ascending.
     *
     * @return one per run
     */
    public List<Double> scales() {
        return runs.stream().map(BenchmarkReport::scale).toList();
    }

    /**
     * Returns the run the backfill's fall is measured from: the smallest scale of at least
     * {@value #REFERENCE_SCALE}, or the smallest scale when none reaches it.
     *
     * @return the reference run
     */
    public BenchmarkReport reference() {
        return runs.stream().filter(run -> run.scale() >= REFERENCE_SCALE)
                .min(Comparator.comparingDouble(BenchmarkReport::scale)).orElse(runs.get(0));
    }

    /**
     * Returns the run at the largest scale.
     *
     * @return the last run
     */
    public BenchmarkReport largest() {
        return runs.get(runs.size() - 1);
    }

    /**
     * Returns the backfill's fall in rows per second from the {@linkplain #reference() reference} scale to the
     * largest, as a share of the reference's: 0.1 is 10% slower per row, a negative value faster.
     *
     * @return {@code 1 - largest rows/s / reference rows/s}; 0 when the reference is the largest scale
     */
    public double backfillRowsPerSecondFall() {
        double reference = reference().backfill().rowsPerSecond();
        return reference == 0 ? 0 : 1 - largest().backfill().rowsPerSecond() / reference;
    }

    /**
     * Returns the backfill's fall held against its target.
     *
     * @return at most {@value #BACKFILL_FALL_LIMIT} when the reference scale is at least {@value #REFERENCE_SCALE}
     *     and below the largest; only reported otherwise
     */
    public Target target() {
        BenchmarkReport reference = reference();
        return reference.scale() >= REFERENCE_SCALE && reference != largest()
                ? Target.atMost(BACKFILL_FALL, backfillRowsPerSecondFall(), BACKFILL_FALL_LIMIT)
                : Target.reported(BACKFILL_FALL, backfillRowsPerSecondFall());
    }

    /**
     * Returns the curve as an indented JSON document: {@code scales}; the {@code database} and {@code machine} of
     * the first run; under {@code curve} each step of {@link #STEPS} with one point per scale ({@code scale},
     * {@code rows}, {@code seconds}, {@code rowsPerSecond}); under {@value #BACKFILL_FALL} the fall's
     * {@code value}, {@code referenceScale}, {@code scale}, {@code limit} ({@code null} for none) and
     * {@code status}; and under {@code runs} every run's full document, as {@link BenchmarkReport#toJson()} writes
     * it.
     *
     * @return the JSON text
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} when Jackson cannot write the
     *     document
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode scales = root.putArray("scales");
        scales().forEach(scales::add);
        List<ObjectNode> documents = runs.stream().map(BenchmarkReport::toJsonNode).toList();
        root.set("database", documents.get(0).get("database"));
        root.set("machine", documents.get(0).get("machine"));
        ObjectNode curve = root.putObject("curve");
        for (CurveStep step : STEPS) {
            ArrayNode points = curve.putArray(step.key());
            for (BenchmarkReport run : runs) {
                Measurement measurement = step.of(run);
                ObjectNode point = points.addObject();
                point.put("scale", run.scale());
                point.put("rows", measurement.rows());
                point.put("seconds", measurement.seconds());
                point.put("rowsPerSecond", measurement.rowsPerSecond());
            }
        }
        Target target = target();
        ObjectNode fall = root.putObject(BACKFILL_FALL);
        fall.put("value", target.value());
        fall.put("referenceScale", reference().scale());
        fall.put("scale", largest().scale());
        if (target.limit().isPresent()) {
            fall.put("limit", target.limit().getAsDouble());
        } else {
            fall.putNull("limit");
        }
        fall.put("comparison", "<=");
        fall.put("status", target.status().name());
        ArrayNode all = root.putArray("runs");
        documents.forEach(all::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT,
                    "Cannot write the growth curve as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A step of the curve.
     *
     * @param key its key in the JSON
     * @param label its name in a table or chart
     * @param measurement where a run keeps it
     */
    public record CurveStep(String key, String label, Function<BenchmarkReport, Measurement> measurement) {

        /**
         * Returns the step's measurement in a run.
         *
         * @param run the run
         * @return the measurement
         */
        public Measurement of(BenchmarkReport run) {
            return measurement.apply(run);
        }
    }
}
