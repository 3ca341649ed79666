package org.companyunification.analytics.network;

import java.util.List;

/**
 * The figures of a network, computed with JGraphT.
 *
 * @param companies the company nodes
 * @param projects the project nodes
 * @param assignments the assignment edges
 * @param links the link edges
 * @param components the connected components (a node without edges is one)
 * @param largestComponent the nodes of the largest component
 * @param isolatedNodes the nodes without any edge
 * @param maxDegree the largest degree of a node, 0 for an empty network
 * @param averageDegree the average degree of a node, 0 for an empty network
 * @param mostConnectedCompanies the companies with the highest degree, highest first then by id
 * @param connectorCount the companies whose removal would split their component (articulation points)
 * @param connectors the connector companies with the highest degree, highest first then by id
 */
public record NetworkFigures(int companies, int projects, int assignments, int links, int components,
        int largestComponent, int isolatedNodes, int maxDegree, double averageDegree,
        List<NodeDegree> mostConnectedCompanies, int connectorCount, List<NodeDegree> connectors) {

    /** Keeps unmodifiable copies of the lists. */
    public NetworkFigures {
        mostConnectedCompanies = List.copyOf(mostConnectedCompanies);
        connectors = List.copyOf(connectors);
    }
}
