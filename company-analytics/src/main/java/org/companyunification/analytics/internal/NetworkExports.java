package org.companyunification.analytics.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;
import org.companyunification.analytics.figures.Dashboard;
import org.companyunification.analytics.network.ExportResult;
import org.companyunification.analytics.network.Network;
import org.companyunification.analytics.network.NetworkFilter;
import org.companyunification.analytics.network.NetworkFormat;

/**
 * Writes the network in each format: JSON and HTML streamed from the database row by row, GraphML and DOT
 * through JGraphT's exporters from the network built in memory.
 */
public final class NetworkExports {

    private NetworkExports() {}

    /**
     * Reads the network into memory.
     *
     * @param reads the connection
     * @param filter which part
     * @return the network
     */
    public static Network network(Reads reads, NetworkFilter filter) {
        return reads.stream("reading the company/project network", connection -> {
            NetworkCollector collector = new NetworkCollector();
            new NetworkReader(filter).read(connection, collector);
            return collector.network();
        });
    }

    /**
     * Writes the network.
     *
     * @param reads the connection
     * @param filter which part
     * @param format the format
     * @param out where to, left open
     * @param title the HTML page's title
     * @param dashboard the figures the HTML page charts, read only for HTML
     * @return what was written
     * @throws UncheckedIOException when writing fails
     */
    public static ExportResult export(Reads reads, NetworkFilter filter, NetworkFormat format, Writer out,
            String title, Supplier<Dashboard> dashboard) {
        try {
            switch (format) {
                case JSON -> {
                    return reads.stream("exporting the network as JSON", connection -> {
                        try (JsonGenerator json = JsonOutput.plain(out)) {
                            CytoscapeJson elements = new CytoscapeJson(json);
                            elements.start(true);
                            new NetworkReader(filter).read(connection, elements);
                            elements.finish(true);
                            out.flush();
                            return new ExportResult(format, elements.nodes(), elements.edges());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                case HTML -> {
                    Dashboard figures = dashboard.get();
                    return reads.stream("exporting the network as HTML", connection -> {
                        try {
                            HtmlPage.ExportResultCounts counts = HtmlPage.write(out, title, figures, sink -> {
                                try {
                                    new NetworkReader(filter).read(connection, sink);
                                } catch (java.sql.SQLException e) {
                                    throw new SqlFailure(e);
                                }
                            });
                            return new ExportResult(format, counts.nodes(), counts.edges());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (SqlFailure e) {
                            throw e.getCause();
                        }
                    });
                }
                case GRAPHML, DOT -> {
                    Network network = network(reads, filter);
                    if (format == NetworkFormat.GRAPHML) {
                        GraphFiles.graphMl(network, out);
                    } else {
                        GraphFiles.dot(network, out);
                    }
                    out.flush();
                    return new ExportResult(format, network.nodes().size(), network.edges().size());
                }
                default -> throw new IllegalArgumentException("unknown format " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries a failed statement out of the page writer's callback. */
    private static final class SqlFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SqlFailure(java.sql.SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized java.sql.SQLException getCause() {
            return (java.sql.SQLException) super.getCause();
        }
    }
}
