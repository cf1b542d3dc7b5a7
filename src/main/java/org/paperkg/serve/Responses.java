package org.paperkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryCancelledException;

/** Writes complete HTTP responses: the body is produced first, so a failure never leaves a partial 200 behind. */
final class Responses {
    /** Produces a response body; may fail with a query timeout. */
    @FunctionalInterface
    interface Handler {
        /** Handles the request by writing a whole response. */
        void handle() throws IOException;
    }

    private Responses() {
    }

    /** Sends a body with a status and a content type. */
    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try {
            resp.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the response", e);
        }
    }

    /** Sends an HTML page. */
    static void html(HttpServletResponse resp, int status, String html) {
        send(resp, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends plain text. */
    static void text(HttpServletResponse resp, int status, String text) {
        send(resp, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs a handler; a query that ran out of time becomes 503 with a message (never an empty 200), in HTML or plain
     * text as the caller prefers.
     */
    static void guarded(HttpServletResponse resp, Pages pages, boolean asHtml, Handler handler) throws IOException {
        try {
            handler.handle();
        } catch (QueryCancelledException e) {
            String msg = "The query took longer than the server's time limit and was stopped. Narrow it and try again.";
            if (asHtml) {
                html(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, pages.error(503, "Query timed out", msg));
            } else {
                text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "503 query timed out: " + msg);
            }
        }
    }
}
