package org.companyunification.analytics.internal;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.companyunification.analytics.network.EdgeKind;
import org.companyunification.analytics.network.Network;
import org.companyunification.analytics.network.NetworkEdge;
import org.companyunification.analytics.network.NetworkNode;
import org.companyunification.analytics.network.NodeKind;
import org.companyunification.model.company.RoleCode;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes a network through JGraphT's GraphML and DOT exporters, with the node and edge ids of the network
 * ({@code c42}, {@code p7}, {@code a123}, {@code l5}) and the same attributes as the Cytoscape.js JSON.
 */
final class GraphFiles {

    private GraphFiles() {}

    static void graphMl(Network network, Writer writer) {
        GraphMLExporter<NetworkNode, NetworkEdge> exporter = new GraphMLExporter<>(NetworkNode::id);
        exporter.setEdgeIdProvider(NetworkEdge::id);
        // A key is declared once by name: the attributes that nodes and edges share are declared for both.
        for (String name : new String[] {"label", "kind", "role"}) {
            exporter.registerAttribute(name, AttributeCategory.ALL, AttributeType.STRING);
        }
        for (String name : new String[] {"roles", "country", "status"}) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("linkType", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("primary", AttributeCategory.EDGE, AttributeType.BOOLEAN);
        exporter.setVertexAttributeProvider(GraphFiles::nodeAttributes);
        exporter.setEdgeAttributeProvider(GraphFiles::edgeAttributes);
        exporter.exportGraph(network.graph(), writer);
    }

    static void dot(Network network, Writer writer) {
        DOTExporter<NetworkNode, NetworkEdge> exporter = new DOTExporter<>(NetworkNode::id);
        exporter.setGraphIdProvider(() -> "network");
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = nodeAttributes(node);
            attributes.put("shape", DefaultAttribute.createAttribute(node.kind() == NodeKind.PROJECT ? "box"
                    : "ellipse"));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = edgeAttributes(edge);
            if (edge.kind() == EdgeKind.LINK) {
                attributes.put("style", DefaultAttribute.createAttribute("dashed"));
            }
            return attributes;
        });
        exporter.exportGraph(network.graph(), writer);
    }

    private static Map<String, Attribute> nodeAttributes(NetworkNode node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        attributes.put("kind", DefaultAttribute.createAttribute(node.kind().code()));
        attributes.put("role", DefaultAttribute.createAttribute(node.kind() == NodeKind.PROJECT ? "project"
                : node.mainRole().map(RoleCode::code).orElse("none")));
        if (node.kind() == NodeKind.COMPANY) {
            attributes.put("roles", DefaultAttribute.createAttribute(String.join(",", node.globalRoles().stream()
                    .map(RoleCode::code).toList())));
        }
        if (node.country() != null) {
            attributes.put("country", DefaultAttribute.createAttribute(node.country()));
        }
        if (node.status() != null) {
            attributes.put("status", DefaultAttribute.createAttribute(node.status()));
        }
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(NetworkEdge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("kind", DefaultAttribute.createAttribute(edge.kind().code()));
        attributes.put("label", DefaultAttribute.createAttribute(edge.label()));
        if (edge.kind() == EdgeKind.ASSIGNMENT) {
            attributes.put("role", DefaultAttribute.createAttribute(edge.role().code()));
            attributes.put("primary", DefaultAttribute.createAttribute(edge.primary()));
        } else {
            attributes.put("linkType", DefaultAttribute.createAttribute(edge.linkType()));
        }
        return attributes;
    }
}
