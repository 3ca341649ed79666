package org.companyunification.analytics.internal;

import org.companyunification.analytics.network.Network;
import org.companyunification.analytics.network.NetworkEdge;
import org.companyunification.analytics.network.NetworkNode;

/** Collects the network read into an in-memory {@link Network}. */
public final class NetworkCollector implements NetworkSink {

    private final Network.Builder builder = Network.builder();

    @Override
    public void node(NetworkNode node) {
        builder.node(node);
    }

    @Override
    public void nodesDone() {
        // The builder takes nodes and edges in any order once the nodes of an edge are in.
    }

    @Override
    public void edge(NetworkEdge edge) {
        builder.edge(edge);
    }

    /**
     * Returns the network collected.
     *
     * @return the network
     */
    public Network network() {
        return builder.build();
    }
}
