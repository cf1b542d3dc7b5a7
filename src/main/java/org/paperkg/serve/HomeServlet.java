package org.paperkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The home page at {@code /}: counts, a search box, the top datasets, models and methods, recent claims. */
final class HomeServlet extends HttpServlet {
    private final transient PageData data;
    private final transient Pages pages;
    private transient String cached;

    HomeServlet(PageData data, Pages pages) {
        this.data = data;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.guarded(resp, pages, true, () -> Responses.html(resp, HttpServletResponse.SC_OK, page()));
    }

    /** The page, computed once: the graph does not change while it is served. */
    private synchronized String page() {
        if (cached == null) {
            cached = pages.home(data.home());
        }
        return cached;
    }
}
