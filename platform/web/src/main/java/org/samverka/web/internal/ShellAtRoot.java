package org.samverka.web.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Serves the shell at exactly {@code /}. The path {@code /} belongs to the platform's catch-all
 * servlet (problem+json for every path nobody serves), so the web app cannot take it as a servlet
 * pattern without shadowing that; a filter in front of the catch-all answers {@code GET /} and
 * passes everything else on.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/")
@HttpWhiteboardFilterName("samverka-web-root")
public final class ShellAtRoot implements Filter {

    private final WebApp app;

    @Activate
    public ShellAtRoot(@Reference(target = "(osgi.http.whiteboard.servlet.name=samverka-web)") jakarta.servlet.Servlet app) {
        this.app = (WebApp) app;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if ("/".equals(http.getRequestURI()) && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            app.shell((HttpServletResponse) response);
            return;
        }
        chain.doFilter(request, response);
    }
}
