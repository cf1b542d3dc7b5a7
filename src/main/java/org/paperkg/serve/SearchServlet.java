package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;

/** Full-text search at {@code /search?q=...}, ranked, with snippets. */
final class SearchServlet extends HttpServlet {
    private static final int LIMIT = 50;

    private final transient SearchIndex index;
    private final transient Pages pages;

    SearchServlet(SearchIndex index, Pages pages) {
        this.index = index;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
        String q = Objects.requireNonNullElse(req.getParameter("q"), "").strip();
        List<SearchHit> hits = q.isEmpty() ? List.of() : index.search(q, LIMIT);
        Responses.html(resp, HttpServletResponse.SC_OK, pages.search(q, hits));
    }
}
