package org.companyunification.analytics.network;

import java.util.Locale;
import org.companyunification.model.CompanyUnificationException;
import org.companyunification.model.ErrorCode;

/** The formats the network is exported in. */
public enum NetworkFormat {
    /**
     * Cytoscape.js JSON: <code>{"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}</code>, which
     * JavaScript network viewers read directly. Streamed: memory stays flat whatever the size of the network.
     */
    JSON("json"),
    /** GraphML, written by JGraphT's exporter, with the node and edge attributes declared as keys. */
    GRAPHML("graphml"),
    /** Graphviz DOT, written by JGraphT's exporter. */
    DOT("dot"),
    /**
     * One self-contained HTML page that draws the network with Cytoscape.js (inlined in the page) and the
     * dashboard figures as charts; it works offline. Streamed, like {@link #JSON}.
     */
    HTML("html");

    private final String code;

    NetworkFormat(String code) {
        this.code = code;
    }

    /**
     * Returns the format's name, which is also the usual file extension.
     *
     * @return {@code json}, {@code graphml}, {@code dot} or {@code html}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the format of a name.
     *
     * @param code {@code json}, {@code graphml}, {@code dot} or {@code html}, in any case
     * @return the format
     * @throws CompanyUnificationException with {@link ErrorCode#INVALID_ARGUMENT} for any other name
     */
    public static NetworkFormat of(String code) {
        for (NetworkFormat format : values()) {
            if (format.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new CompanyUnificationException(ErrorCode.INVALID_ARGUMENT, "Unknown network format '" + code
                + "': expected json, graphml, dot or html");
    }
}
