package org.companyunification.cli.command;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.companyunification.cli.bench.GrowthChart;
import org.companyunification.cli.bench.GrowthCurve;
import org.companyunification.cli.internal.CliException;
import org.companyunification.cli.internal.ExitCode;
import org.companyunification.cli.internal.OutputFiles;
import org.companyunification.cli.internal.ReportPrinter;
import org.companyunification.cli.internal.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code company-cli bench-chart}: draws the growth curves that {@code bench --scales ... --json FILE} wrote as a
 * small SVG chart, rows per second over the scale (see {@link GrowthChart}).
 */
@Command(name = "bench-chart",
        description = {
            "Draws growth curves written by 'bench --scales ... --json FILE' as an SVG line chart: rows per second"
                    + " (from 0) over the scale (logarithmic), one line per step, or per database and step when"
                    + " several files are given. Needs no database."
        })
public final class BenchChartCommand implements Callable<Integer> {

    private final Session session;
    private final ReportPrinter printer;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The JSON files of 'bench --scales', one line set per file (for example one per database).")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the SVG chart; an existing file is replaced.")
    private Path out;

    @Option(names = "--steps", paramLabel = "LIST", split = ",", defaultValue = "backfill,baseline",
            description = "The steps to draw, comma-separated, from backfill, secondBackfill, sync, dryRun,"
                    + " validation and baseline (default: ${DEFAULT-VALUE}).")
    private List<String> steps;

    /**
     * Creates the command.
     *
     * @param session the run
     */
    public BenchChartCommand(Session session) {
        this.session = requireNonNull(session, "session");
        this.printer = new ReportPrinter(session);
    }

    /**
     * Reads the files and writes the chart.
     *
     * @return {@value ExitCode#OK}
     * @throws CliException when a file cannot be read or is not a growth curve, a step is unknown, or the chart
     *     cannot be written
     */
    @Override
    public Integer call() {
        Path target = session.environment().workingDirectory().resolve(out);
        OutputFiles.checkWritable(target, "--out");
        List<String> known = GrowthCurve.STEPS.stream().map(GrowthCurve.CurveStep::key).toList();
        for (String step : steps) {
            if (!known.contains(step.strip())) {
                throw new CliException("--steps must name steps from " + String.join(", ", known) + ", not '"
                        + step.strip() + "'");
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> curves = new ArrayList<>();
        for (Path file : files) {
            Path source = session.environment().workingDirectory().resolve(file);
            JsonNode curve = read(mapper, source);
            if (!curve.path("curve").isObject() || !curve.path("database").isObject()) {
                throw new CliException(source + " is not a growth curve (it has no \"curve\"): write one with"
                        + " 'bench --scales 10,100,1000 --json FILE'");
            }
            curves.add(curve);
        }
        String svg;
        try {
            svg = GrowthChart.svg(curves, steps.stream().map(String::strip).toList());
        } catch (IllegalArgumentException e) {
            throw new CliException("cannot draw the chart: " + e.getMessage(), e);
        }
        try {
            Files.writeString(target, svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write the chart to " + target + ": " + e.getMessage(), e);
        }
        printer.line("Chart of " + curves.size() + (curves.size() == 1 ? " growth curve" : " growth curves")
                + " written to " + target);
        return ExitCode.OK;
    }

    private static JsonNode read(ObjectMapper mapper, Path source) {
        try {
            return mapper.readTree(Files.readString(source, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new CliException("cannot read " + source + ": no such file", e);
        } catch (JsonProcessingException e) {
            throw new CliException(source + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CliException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
