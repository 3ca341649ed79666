package org.companyunification.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.companyunification.analytics.network.ExportResult;
import org.companyunification.analytics.network.Network;
import org.companyunification.analytics.network.NetworkFigures;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkFormat;
import org.companyunification.analytics.network.NodeDegree;
import org.companyunification.model.company.RoleCode;
import org.companyunification.testing.DatabaseTest;
import org.companyunification.testing.TestDatabase;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;

/** The network of the {@link AnalyticsFixture}, its figures, filters and exports, worked out by hand there. */
class NetworkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @DatabaseTest
    void shouldBuildTheNetworkAndItsFigures(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            Network network = fixture.analytics().network(NetworkFilter.all());

            NetworkFigures figures = network.figures(3);

            assertThat(figures.companies()).isEqualTo(8);
            assertThat(figures.projects()).isEqualTo(4);
            assertThat(figures.assignments()).isEqualTo(7);
            assertThat(figures.links()).isEqualTo(2);
            assertThat(figures.components()).isEqualTo(6);
            assertThat(figures.largestComponent()).isEqualTo(4);
            assertThat(figures.isolatedNodes()).isEqualTo(4);
            assertThat(figures.maxDegree()).isEqualTo(4);
            assertThat(figures.averageDegree()).isEqualTo(1.5);
            assertThat(figures.mostConnectedCompanies()).extracting(d -> d.node().label(), NodeDegree::degree)
                    .containsExactly(tuple("Atlas", 4), tuple("Borealis", 3), tuple("Delphi", 2));
            assertThat(figures.connectorCount()).isEqualTo(1);
            assertThat(figures.connectors()).extracting(d -> d.node().label()).containsExactly("Delphi");
            assertThat(network.degreeOf("p" + fixture.p1.getId())).isEqualTo(3);
            assertThat(network.degreeOf("c" + fixture.h.getId())).isZero();
            assertThat(network.node("c" + fixture.a.getId()).orElseThrow().globalRoles())
                    .containsExactly(RoleCode.VENDOR, RoleCode.OPERATOR);
            assertThat(network.edges()).filteredOn(e -> e.source().equals("c" + fixture.a.getId())
                    && e.target().equals("p" + fixture.p1.getId()))
                    .extracting(e -> e.label()).containsExactlyInAnyOrder("vendor (primary)", "operator");
        }
    }

    @DatabaseTest
    void shouldKeepOnlyWhatTheFiltersKeep(TestDatabase db) {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            Analytics analytics = fixture.analytics();

            Network operators = analytics.network(NetworkFilter.all().withRoles(RoleCode.OPERATOR));
            Network american = analytics.network(NetworkFilter.all().withCountries(" us"));
            Network operating = analytics.network(NetworkFilter.all().withProjectStatuses("OPERATING"));
            Network both = analytics.network(NetworkFilter.all().withCountries("US").withProjectStatuses("Planned"));

            assertThat(operators.nodes()).extracting(n -> n.label())
                    .containsExactlyInAnyOrder("Atlas", "Cobalt", "Alpha", "Beta", "Gamma", "Delta");
            assertThat(operators.edges()).extracting(e -> e.label()).containsExactlyInAnyOrder("operator",
                    "operator (primary)");
            assertThat(american.nodes()).hasSize(7);
            assertThat(american.edges()).hasSize(4);
            assertThat(operating.nodes()).hasSize(10);
            assertThat(operating.edges()).hasSize(7);
            assertThat(both.nodes()).extracting(n -> n.label()).containsExactlyInAnyOrder("Atlas", "Cobalt", "Halo",
                    "Beta");
            assertThat(both.edges()).extracting(e -> e.label()).containsExactly("vendor");
        }
    }

    @DatabaseTest
    void shouldExportJsonGraphMlAndDotThatReadBack(TestDatabase db) throws Exception {
        try (AnalyticsFixture fixture = new AnalyticsFixture(db)) {
            Analytics analytics = fixture.analytics();
            String a = "c" + fixture.a.getId();
            String p1 = "p" + fixture.p1.getId();

            StringWriter json = new StringWriter();
            ExportResult written = analytics.export(NetworkFilter.all(), NetworkFormat.JSON, json);
            JsonNode elements = JSON.readTree(json.toString()).get("elements");
            assertThat(written).isEqualTo(new ExportResult(NetworkFormat.JSON, 12, 9));
            assertThat(elements.get("nodes")).hasSize(12).allSatisfy(n -> assertThat(n.get("data").get("id"))
                    .isNotNull());
            JsonNode atlas = find(elements.get("nodes"), a);
            assertThat(atlas.get("label").asText()).isEqualTo("Atlas");
            assertThat(atlas.get("kind").asText()).isEqualTo("company");
            assertThat(atlas.get("role").asText()).isEqualTo("vendor");
            assertThat(atlas.get("roles")).extracting(JsonNode::asText).containsExactly("vendor", "operator");
            assertThat(find(elements.get("nodes"), p1).get("status").asText()).isEqualTo("Operating");
            assertThat(elements.get("edges")).hasSize(9);
            assertThat(StreamSupport.stream(elements.get("edges").spliterator(), false).map(e -> e.get("data"))
                    .filter(e -> e.get("source").asText().equals(a) && e.get("target").asText().equals(p1))
                    .map(e -> e.get("role").asText() + "/" + e.get("primary").asBoolean()))
                    .containsExactlyInAnyOrder("vendor/true", "operator/false");
            assertThat(StreamSupport.stream(elements.get("edges").spliterator(), false).map(e -> e.get("data"))
                    .filter(e -> e.get("kind").asText().equals("link")).map(e -> e.get("linkType").asText()))
                    .containsExactlyInAnyOrder("subsidiary", "partner");

            StringWriter graphMl = new StringWriter();
            analytics.export(NetworkFilter.all(), NetworkFormat.GRAPHML, graphMl);
            Map<String, Map<String, String>> graphMlNodes = new HashMap<>();
            Graph<String, DefaultEdge> fromGraphMl = emptyGraph();
            GraphMLImporter<String, DefaultEdge> graphMlImporter = new GraphMLImporter<>();
            graphMlImporter.setVertexFactory(id -> id);
            graphMlImporter.addVertexAttributeConsumer((vertex, attribute) -> graphMlNodes
                    .computeIfAbsent(vertex.getFirst(), v -> new HashMap<>()).put(vertex.getSecond(),
                            attribute.getValue()));
            graphMlImporter.importGraph(fromGraphMl, new StringReader(graphMl.toString()));
            assertThat(fromGraphMl.vertexSet()).hasSize(12).contains(a, p1);
            assertThat(fromGraphMl.edgeSet()).hasSize(9);
            assertThat(fromGraphMl.getAllEdges(a, p1)).hasSize(2);
            assertThat(graphMlNodes.get(a)).containsEntry("label", "Atlas").containsEntry("roles", "vendor,operator");

            StringWriter dot = new StringWriter();
            analytics.export(NetworkFilter.all(), NetworkFormat.DOT, dot);
            Map<String, Map<String, String>> dotNodes = new HashMap<>();
            Graph<String, DefaultEdge> fromDot = emptyGraph();
            DOTImporter<String, DefaultEdge> dotImporter = new DOTImporter<>();
            dotImporter.setVertexFactory(id -> id);
            dotImporter.addVertexAttributeConsumer((vertex, attribute) -> dotNodes
                    .computeIfAbsent(vertex.getFirst(), v -> new HashMap<>()).put(vertex.getSecond(),
                            attribute.getValue()));
            dotImporter.importGraph(fromDot, new StringReader(dot.toString()));
            assertThat(fromDot.vertexSet()).hasSize(12);
            assertThat(fromDot.edgeSet()).hasSize(9);
            assertThat(dotNodes.get(p1)).containsEntry("label", "Alpha").containsEntry("shape", "box");
        }
    }

    private static JsonNode find(JsonNode nodes, String id) {
        return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get("data"))
                .filter(n -> n.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(false).edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
    }

}
