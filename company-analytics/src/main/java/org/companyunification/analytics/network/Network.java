package org.companyunification.analytics.network;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The company/project network held in memory as a JGraphT graph: undirected, with several edges allowed between
 * two nodes (a company in two roles on one project) and no loops. Build one with {@link Builder}, or read one
 * with {@code Analytics.network(filter)}. The graph itself is open to JGraphT's algorithms through {@link
 * #graph()}; the usual figures come from {@link #figures(int)}.
 *
 * <p>A network holds every node and edge in memory; to write a large one to a file use {@code
 * Analytics.export}, which streams JSON and HTML from the database instead.
 */
public final class Network {

    private static final Comparator<NodeDegree> BY_DEGREE = Comparator.comparingInt(NodeDegree::degree).reversed()
            .thenComparingLong(d -> d.node().key());

    /**
     * The stack of the thread that looks for articulation points: JGraphT's search recurses once per node along
     * a path, which a long chain of companies and projects makes deeper than a default thread stack allows.
     */
    private static final long SEARCH_STACK_BYTES = 512L * 1024 * 1024;

    private final Graph<NetworkNode, NetworkEdge> graph;
    private final Map<String, NetworkNode> nodesById;

    private Network(Graph<NetworkNode, NetworkEdge> graph, Map<String, NetworkNode> nodesById) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.nodesById = nodesById;
    }

    /**
     * Starts an empty network.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the graph, unmodifiable, for JGraphT's algorithms and exporters.
     *
     * @return the graph
     */
    public Graph<NetworkNode, NetworkEdge> graph() {
        return graph;
    }

    /**
     * Finds a node by its id.
     *
     * @param id for example {@code c42} or {@code p7}
     * @return the node, or empty when the network has none with this id
     */
    public Optional<NetworkNode> node(String id) {
        return Optional.ofNullable(nodesById.get(id));
    }

    /**
     * Returns the degree of a node: the edges that touch it.
     *
     * @param id the node's id
     * @return its degree
     * @throws IllegalArgumentException when the network has no such node
     */
    public int degreeOf(String id) {
        NetworkNode node = nodesById.get(id);
        checkArgument(node != null, "the network has no node %s", id);
        return graph.degreeOf(node);
    }

    /**
     * Returns the nodes.
     *
     * @return the nodes, in the order they were added
     */
    public Set<NetworkNode> nodes() {
        return graph.vertexSet();
    }

    /**
     * Returns the edges.
     *
     * @return the edges, in the order they were added
     */
    public Set<NetworkEdge> edges() {
        return graph.edgeSet();
    }

    /**
     * Computes the network's figures: its size, degrees, connected components, the most connected companies and
     * the connectors, the companies that join otherwise separate groups (articulation points, found with
     * JGraphT's {@link BiconnectivityInspector} in time linear in the size of the network).
     *
     * @param top how many most connected companies and connectors to list, 1 or more
     * @return the figures
     * @throws IllegalArgumentException when {@code top} is not positive
     */
    public NetworkFigures figures(int top) {
        checkArgument(top > 0, "top must be positive: %s", top);
        int companies = 0;
        int isolated = 0;
        int maxDegree = 0;
        long degreeSum = 0;
        for (NetworkNode node : graph.vertexSet()) {
            int degree = graph.degreeOf(node);
            companies += node.kind() == NodeKind.COMPANY ? 1 : 0;
            isolated += degree == 0 ? 1 : 0;
            maxDegree = Math.max(maxDegree, degree);
            degreeSum += degree;
        }
        int assignments = (int) graph.edgeSet().stream().filter(e -> e.kind() == EdgeKind.ASSIGNMENT).count();
        List<Set<NetworkNode>> components = new ConnectivityInspector<>(graph).connectedSets();
        int largest = components.stream().mapToInt(Set::size).max().orElse(0);
        List<NodeDegree> mostConnected = graph.vertexSet().stream().filter(n -> n.kind() == NodeKind.COMPANY)
                .map(n -> new NodeDegree(n, graph.degreeOf(n))).sorted(BY_DEGREE).limit(top).toList();
        List<NodeDegree> connectors = cutpoints().stream().filter(n -> n.kind() == NodeKind.COMPANY)
                .map(n -> new NodeDegree(n, graph.degreeOf(n))).sorted(BY_DEGREE).toList();
        int nodes = graph.vertexSet().size();
        return new NetworkFigures(companies, nodes - companies, assignments, graph.edgeSet().size() - assignments,
                components.size(), largest, isolated, maxDegree, nodes == 0 ? 0 : (double) degreeSum / nodes,
                mostConnected, connectors.size(), connectors.subList(0, Math.min(top, connectors.size())));
    }

    private Set<NetworkNode> cutpoints() {
        AtomicReference<Set<NetworkNode>> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread search = new Thread(null, () -> {
            try {
                result.set(new BiconnectivityInspector<>(graph).getCutpoints());
            } catch (RuntimeException | StackOverflowError e) {
                failure.set(e);
            }
        }, "network-articulation-points", SEARCH_STACK_BYTES);
        search.start();
        try {
            search.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking for the network's articulation points", e);
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("looking for the network's articulation points failed", failure.get());
        }
        return result.get();
    }

    /** Adds nodes and edges, then builds the {@link Network}. Not thread-safe. */
    public static final class Builder {

        private final Graph<NetworkNode, NetworkEdge> graph = GraphTypeBuilder.<NetworkNode, NetworkEdge>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
        private final Map<String, NetworkNode> nodesById = new HashMap<>();

        private Builder() {}

        /**
         * Adds a node.
         *
         * @param node the node
         * @return this builder
         * @throws IllegalArgumentException when a node with the same id was added before
         */
        public Builder node(NetworkNode node) {
            checkArgument(nodesById.putIfAbsent(node.id(), node) == null, "node %s is already in the network",
                    node.id());
            graph.addVertex(node);
            return this;
        }

        /**
         * Adds an edge between two nodes added before.
         *
         * @param edge the edge
         * @return this builder
         * @throws IllegalArgumentException when an end is not in the network or the edge was added before
         */
        public Builder edge(NetworkEdge edge) {
            NetworkNode source = nodesById.get(edge.source());
            NetworkNode target = nodesById.get(edge.target());
            checkArgument(source != null && target != null, "edge %s joins %s and %s, which are not both in the"
                    + " network", edge.id(), edge.source(), edge.target());
            checkArgument(graph.addEdge(source, target, requireNonNull(edge)), "edge %s is already in the network",
                    edge.id());
            return this;
        }

        /**
         * Builds the network; the builder must not be used afterwards.
         *
         * @return the network
         */
        public Network build() {
            return new Network(graph, nodesById);
        }
    }
}
