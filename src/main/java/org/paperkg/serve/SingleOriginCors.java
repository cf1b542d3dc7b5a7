package org.paperkg.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.eclipse.jetty.ee10.servlets.CrossOriginFilter;

/**
 * Jetty's CORS filter configured for one allowed origin: read-only methods plus {@code OPTIONS} preflight, no
 * credentials, and the row-limit headers exposed to scripts.
 */
final class SingleOriginCors extends CrossOriginFilter {
    private final Map<String, String> params;

    SingleOriginCors(String origin) {
        this.params = Map.of(
                ALLOWED_ORIGINS_PARAM, origin,
                ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
                EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length,Vary," + RowLimit.LIMIT_HEADER + ","
                        + RowLimit.TRUNCATED_HEADER,
                ALLOW_CREDENTIALS_PARAM, "false",
                CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        });
    }
}
