package org.companyunification.analytics.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.companyunification.analytics.network.EdgeKind;
import org.companyunification.analytics.network.NetworkEdge;
import org.companyunification.analytics.network.NetworkNode;
import org.companyunification.analytics.network.NodeKind;
import org.companyunification.model.company.RoleCode;

/**
 * Writes the network as Cytoscape.js reads it, node by node and edge by edge as they arrive:
 * <pre>
 * {"elements": {"nodes": [{"data": {"id": "c1", "label": "Holtec", "kind": "company", "role": "vendor",
 *                                   "roles": ["vendor", "operator"], "country": "US"}}, ...],
 *               "edges": [{"data": {"id": "a9", "source": "c1", "target": "p3", "kind": "assignment",
 *                                   "role": "vendor", "primary": true, "label": "vendor (primary)"}}, ...]}}
 * </pre>
 * A project node carries {@code role: "project"}, its {@code country} and {@code status}; a company without a
 * global role carries {@code role: "none"}; a link edge carries {@code linkType} and its type as label. Absent
 * values are left out.
 */
final class CytoscapeJson implements NetworkSink {

    private final JsonGenerator json;
    private long nodes;
    private long edges;

    CytoscapeJson(JsonGenerator json) {
        this.json = json;
    }

    /** Writes the opening, up to the node array. */
    void start(boolean wrapped) throws IOException {
        if (wrapped) {
            json.writeStartObject();
            json.writeFieldName("elements");
        }
        json.writeStartObject();
        json.writeArrayFieldStart("nodes");
    }

    @Override
    public void node(NetworkNode node) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", node.id());
        json.writeStringField("label", node.label());
        json.writeStringField("kind", node.kind().code());
        json.writeStringField("role", node.kind() == NodeKind.PROJECT ? "project"
                : node.mainRole().map(RoleCode::code).orElse("none"));
        if (node.kind() == NodeKind.COMPANY) {
            json.writeArrayFieldStart("roles");
            for (RoleCode role : node.globalRoles()) {
                json.writeString(role.code());
            }
            json.writeEndArray();
        }
        optional("country", node.country());
        optional("status", node.status());
        json.writeEndObject();
        json.writeEndObject();
        nodes++;
    }

    @Override
    public void nodesDone() throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
    }

    @Override
    public void edge(NetworkEdge edge) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", edge.id());
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        json.writeStringField("kind", edge.kind().code());
        json.writeStringField("label", edge.label());
        if (edge.kind() == EdgeKind.ASSIGNMENT) {
            json.writeStringField("role", edge.role().code());
            json.writeBooleanField("primary", edge.primary());
        } else {
            json.writeStringField("linkType", edge.linkType());
        }
        json.writeEndObject();
        json.writeEndObject();
        edges++;
    }

    /** Writes the closing, after the edge array. */
    void finish(boolean wrapped) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        if (wrapped) {
            json.writeEndObject();
        }
        json.flush();
    }

    long nodes() {
        return nodes;
    }

    long edges() {
        return edges;
    }

    private void optional(String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
