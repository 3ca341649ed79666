package org.companyunification.cli.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Draws growth curves as a small SVG line chart: rows per second (linear, from 0) over the scale (logarithmic),
 * one line per database and step, read from the JSON that {@link GrowthCurve#toJson()} writes.
 *
 * <pre>{@code
 * String svg = GrowthChart.svg(List.of(mapper.readTree(json)), List.of("backfill", "baseline"));
 * }</pre>
 */
public final class GrowthChart {

    /** The steps drawn when none are named: the backfill and the baseline copy it is held against. */
    public static final List<String> DEFAULT_STEPS = List.of("backfill", "baseline");

    private static final int WIDTH = 760;
    private static final int HEIGHT = 400;
    private static final int LEFT = 90;
    private static final int RIGHT = 230;
    private static final int TOP = 50;
    private static final int BOTTOM = 55;
    private static final int Y_TICKS = 5;
    private static final String[] COLOURS = {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"
    };

    private static final String[] DASHES = {"", " stroke-dasharray=\"6 4\"", " stroke-dasharray=\"2 3\""};

    private GrowthChart() {}

    /**
     * Draws the chart.
     *
     * @param curves growth curve documents, as {@link GrowthCurve#toJson()} writes them (one per database, say)
     * @param steps the keys of the steps to draw, as in {@link GrowthCurve#STEPS}
     * @return the SVG document
     * @throws IllegalArgumentException when there is no curve or no step, a document is not a growth curve, or a
     *     step is unknown or missing from a document
     */
    public static String svg(List<JsonNode> curves, List<String> steps) {
        requireNonNull(curves, "curves");
        requireNonNull(steps, "steps");
        checkArgument(!curves.isEmpty(), "no growth curve to draw");
        checkArgument(!steps.isEmpty(), "no step to draw");
        List<String> known = GrowthCurve.STEPS.stream().map(GrowthCurve.CurveStep::key).toList();
        for (String step : steps) {
            checkArgument(known.contains(step), "unknown step %s: choose from %s", step, String.join(", ", known));
        }
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            JsonNode curve = curves.get(i);
            checkArgument(curve != null && curve.path("curve").isObject() && curve.path("database").isObject(),
                    "document %s is not a growth curve: it has no \"curve\" and \"database\" (write one with"
                            + " bench --scales ... --json FILE)", i + 1);
            String database = curve.path("database").path("vendor").asText("?");
            for (String step : steps) {
                JsonNode points = curve.path("curve").path(step);
                checkArgument(points.isArray() && !points.isEmpty(), "document %s has no points for the step %s",
                        i + 1, step);
                List<Point> read = new ArrayList<>();
                for (JsonNode point : points) {
                    double scale = point.path("scale").asDouble();
                    checkArgument(scale > 0, "document %s: a point of %s has no positive scale", i + 1, step);
                    read.add(new Point(scale, point.path("rowsPerSecond").asDouble()));
                }
                String label = GrowthCurve.STEPS.stream().filter(s -> s.key().equals(step)).findFirst()
                        .orElseThrow().label();
                series.add(new Series(curves.size() == 1 ? label : database + ": " + label, read,
                        curves.size() == 1 ? series.size() : i, curves.size() == 1 ? 0 : steps.indexOf(step)));
            }
        }
        return draw(series, subtitle(curves));
    }

    private static String subtitle(List<JsonNode> curves) {
        Set<String> databases = new LinkedHashSet<>();
        for (JsonNode curve : curves) {
            JsonNode database = curve.path("database");
            // One database: its product and version; several: their names only, to fit the width.
            databases.add(curves.size() == 1 ? (database.path("product").asText("?") + " "
                    + database.path("version").asText("")).strip() : database.path("vendor").asText("?"));
        }
        JsonNode machine = curves.get(0).path("machine");
        String date = curves.get(0).path("runs").path(0).path("date").asText("");
        return String.join(", ", databases) + "; " + machine.path("availableProcessors").asInt() + " cores"
                + (date.length() >= 10 ? ", " + date.substring(0, 10) : "");
    }

    private static String draw(List<Series> series, String subtitle) {
        TreeSet<Double> scales = new TreeSet<>();
        double maxRate = 0;
        for (Series line : series) {
            for (Point point : line.points()) {
                scales.add(point.scale());
                maxRate = Math.max(maxRate, point.rowsPerSecond());
            }
        }
        double minLog = Math.log10(scales.first());
        double maxLog = Math.log10(scales.last());
        if (maxLog - minLog < 1e-9) {
            minLog -= 0.5;
            maxLog += 0.5;
        }
        double step = niceStep(maxRate / Y_TICKS);
        double top = step * Math.max(1, Math.ceil(maxRate / step));
        Axes axes = new Axes(minLog, maxLog, top);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH,
                HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"15\" font-weight=\"bold\">"
                + "Rows per second by scale</text>%n", LEFT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"37\" fill=\"#555\">%s</text>%n", LEFT,
                xml(subtitle)));
        for (int i = 0; i <= Math.round(top / step); i++) {
            double rate = i * step;
            double y = axes.y(rate);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n",
                    LEFT - 6, y + 4, rate));
        }
        for (double scale : scales) {
            double x = axes.x(scale);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "%n", x, TOP, x, HEIGHT - BOTTOM));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                    HEIGHT - BOTTOM + 16, number(scale)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">scale (1 = 1,000"
                + " legacy company rows; logarithmic)</text>%n", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 15));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %d) rotate(-90)\""
                + " text-anchor=\"middle\">rows per second</text>%n", (TOP + HEIGHT - BOTTOM) / 2));
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            String colour = COLOURS[line.colour() % COLOURS.length];
            String dash = DASHES[line.dashes() % DASHES.length];
            StringBuilder points = new StringBuilder();
            for (Point point : line.points()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", axes.x(point.scale()),
                        axes.y(point.rowsPerSecond())));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s"
                    + " points=\"%s\"/>%n", colour, dash, points.toString().strip()));
            for (Point point : line.points()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\">"
                        + "<title>%s, scale %s: %,.0f rows/s</title></circle>%n", axes.x(point.scale()),
                        axes.y(point.rowsPerSecond()), colour, xml(line.label()), number(point.scale()),
                        point.rowsPerSecond()));
            }
            int legendY = TOP + 10 + 20 * i;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"3\"%s/>%n", WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 35, legendY, colour,
                    dash));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 42,
                    legendY + 4, xml(line.label())));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The smallest of 1, 2 and 5 times a power of ten that is at least {@code raw}. */
    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value) : Double.toString(value);
    }

    private static String xml(String text) {
        return XmlEscapers.xmlContentEscaper().escape(text);
    }

    /** Where a scale and a speed fall on the drawing. */
    private record Axes(double minLog, double maxLog, double topRate) {

        double x(double scale) {
            return LEFT + (Math.log10(scale) - minLog) / (maxLog - minLog) * (WIDTH - LEFT - RIGHT);
        }

        double y(double rowsPerSecond) {
            return HEIGHT - BOTTOM - rowsPerSecond / topRate * (HEIGHT - TOP - BOTTOM);
        }
    }

    private record Point(double scale, double rowsPerSecond) {}

    /** A line: its colour tells the database (or the step, for one database), its dashes the step. */
    private record Series(String label, List<Point> points, int colour, int dashes) {}
}
