package org.companyunification.analytics.internal;

import java.io.IOException;
import org.companyunification.analytics.network.NetworkEdge;
import org.companyunification.analytics.network.NetworkNode;

/** Receives the network as it is read: every node first, then {@link #nodesDone()}, then every edge. */
public interface NetworkSink {

    /**
     * Takes a node.
     *
     * @param node the node
     * @throws IOException when writing it fails
     */
    void node(NetworkNode node) throws IOException;

    /**
     * Says that the edges follow.
     *
     * @throws IOException when writing fails
     */
    void nodesDone() throws IOException;

    /**
     * Takes an edge, whose ends were given before.
     *
     * @param edge the edge
     * @throws IOException when writing it fails
     */
    void edge(NetworkEdge edge) throws IOException;
}
