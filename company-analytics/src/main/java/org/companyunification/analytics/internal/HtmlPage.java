package org.companyunification.analytics.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.companyunification.analytics.figures.ClientPipeline;
import org.companyunification.analytics.figures.Dashboard;
import org.companyunification.analytics.figures.PipelineCell;
import org.companyunification.analytics.figures.ProjectRoleCount;
import org.companyunification.analytics.figures.ProjectRoleCoverage;
import org.companyunification.analytics.figures.RoleCombination;
import org.companyunification.analytics.figures.RoleCount;
import org.companyunification.analytics.figures.TopCompany;
import org.companyunification.analytics.figures.ValueCount;
import org.companyunification.model.company.ClientPriority;
import org.companyunification.model.company.RelationshipStrength;

/**
 * Writes the self-contained HTML page: the template of this package with Cytoscape.js copied in from its WebJar
 * on the classpath, the dashboard figures and the network's elements as JSON in {@code <script
 * type="application/json">} elements, streamed. The page fetches nothing.
 */
final class HtmlPage {

    /** Cytoscape.js as its WebJar ships it; the version is the dependency's, read from the WebJar's properties. */
    private static final String WEBJAR = "META-INF/resources/webjars/cytoscape/";

    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private static final String TEMPLATE = "network-page.html";

    private static final String[] MARKERS = {"<!--TITLE-->", "/*CYTOSCAPE*/", "<!--FIGURES-->", "<!--ELEMENTS-->"};

    private HtmlPage() {}

    /** Writes the network into the page, between the opening and the closing of the elements. */
    @FunctionalInterface
    interface NetworkWriter {
        void write(NetworkSink sink);
    }

    static ExportResultCounts write(Writer out, String title, Dashboard dashboard, NetworkWriter network)
            throws IOException {
        String[] parts = template();
        out.write(parts[0]);
        out.write(escapeHtml(title));
        out.write(parts[1]);
        copyCytoscape(out);
        out.write(parts[2]);
        try (JsonGenerator json = JsonOutput.htmlSafe(out)) {
            figures(json, dashboard);
        }
        out.write(parts[3]);
        CytoscapeJson elements;
        try (JsonGenerator json = JsonOutput.htmlSafe(out)) {
            elements = new CytoscapeJson(json);
            elements.start(false);
            network.write(elements);
            elements.finish(false);
        }
        out.write(parts[4]);
        out.flush();
        return new ExportResultCounts(elements.nodes(), elements.edges());
    }

    /** How many nodes and edges the page holds. */
    record ExportResultCounts(long nodes, long edges) {}

    private static String[] template() throws IOException {
        String page;
        try (InputStream in = HtmlPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the page template " + TEMPLATE + " is missing from the jar");
            }
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] parts = new String[MARKERS.length + 1];
        int from = 0;
        for (int i = 0; i < MARKERS.length; i++) {
            int at = page.indexOf(MARKERS[i], from);
            parts[i] = page.substring(from, at);
            from = at + MARKERS[i].length();
        }
        parts[MARKERS.length] = page.substring(from);
        return parts;
    }

    private static void copyCytoscape(Writer out) throws IOException {
        ClassLoader loader = HtmlPage.class.getClassLoader();
        java.util.Properties properties = new java.util.Properties();
        try (InputStream in = loader.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("Cytoscape.js is missing from the classpath: add the WebJar"
                        + " org.webjars.npm:cytoscape");
            }
            properties.load(in);
        }
        String script = WEBJAR + properties.getProperty("version") + "/dist/cytoscape.min.js";
        try (InputStream in = loader.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("Cytoscape.js is missing from the classpath: " + script);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            char[] buffer = new char[8192];
            StringBuilder pending = new StringBuilder();
            for (int n; (n = reader.read(buffer)) > 0; ) {
                pending.append(buffer, 0, n);
                // Keep the last few characters back so that a "</script" split across two reads is still found.
                int keep = Math.max(0, pending.length() - 8);
                out.write(safeScript(pending.substring(0, keep)));
                pending.delete(0, keep);
            }
            out.write(safeScript(pending.toString()));
        }
    }

    /** A script inlined in HTML must not hold the text that would end its element. */
    private static String safeScript(String script) {
        return script.replace("</script", "<\\/script");
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void figures(JsonGenerator json, Dashboard d) throws IOException {
        json.writeStartObject();
        json.writeNumberField("companies", d.companies());
        json.writeNumberField("projects", d.projects());
        json.writeNumberField("links", d.links());
        json.writeNumberField("multiRoleCompanies", d.multiRoleCompanies());
        json.writeArrayFieldStart("byGlobalRole");
        for (RoleCount count : d.companiesByGlobalRole()) {
            json.writeStartObject();
            json.writeStringField("role", count.role().code());
            json.writeStringField("label", count.role().label());
            json.writeNumberField("companies", count.companies());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("projectAssignments");
        for (ProjectRoleCount count : d.projectAssignmentsByRole()) {
            json.writeStartObject();
            json.writeStringField("role", count.role().code());
            json.writeStringField("label", count.role().label());
            json.writeNumberField("assignments", count.assignments());
            json.writeNumberField("primary", count.primary());
            json.writeNumberField("companies", count.companies());
            json.writeNumberField("projects", count.projects());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("coverage");
        for (ProjectRoleCoverage coverage : d.projectRoleCoverage()) {
            json.writeStartObject();
            json.writeStringField("role", coverage.role().code());
            json.writeStringField("label", coverage.role().label());
            json.writeNumberField("withRole", coverage.withRole());
            json.writeNumberField("withoutRole", coverage.withoutRole());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("combinations");
        for (RoleCombination combination : d.roleCombinations()) {
            json.writeStartObject();
            json.writeStringField("roles", combination.describe());
            json.writeNumberField("companies", combination.companies());
            json.writeEndObject();
        }
        json.writeEndArray();
        values(json, "byCountry", d.companiesByCountry());
        values(json, "byType", d.companiesByType());
        pipeline(json, d.clientPipeline());
        json.writeArrayFieldStart("top");
        for (TopCompany top : d.topCompanies()) {
            json.writeStartObject();
            json.writeStringField("role", top.role().code());
            json.writeNumberField("rank", top.rank());
            json.writeNumberField("id", top.companyId());
            json.writeStringField("name", top.companyName());
            json.writeNumberField("projects", top.projects());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void values(JsonGenerator json, String field, java.util.List<ValueCount> counts)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (ValueCount count : counts) {
            json.writeStartObject();
            json.writeStringField("value", count.value() == null ? "(none)" : count.value());
            json.writeNumberField("companies", count.companies());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void pipeline(JsonGenerator json, ClientPipeline pipeline) throws IOException {
        json.writeObjectFieldStart("pipeline");
        json.writeArrayFieldStart("priorities");
        for (ClientPriority priority : ClientPriority.values()) {
            json.writeString(priority.label());
        }
        json.writeString("(none)");
        json.writeEndArray();
        json.writeArrayFieldStart("strengths");
        for (RelationshipStrength strength : RelationshipStrength.values()) {
            json.writeString(strength.label());
        }
        json.writeString("(none)");
        json.writeEndArray();
        json.writeArrayFieldStart("cells");
        for (PipelineCell cell : pipeline.cells()) {
            json.writeStartObject();
            json.writeStringField("priority", cell.priority() == null ? "(none)" : cell.priority().label());
            json.writeStringField("strength", cell.strength() == null ? "(none)" : cell.strength().label());
            json.writeNumberField("clients", cell.clients());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

}
