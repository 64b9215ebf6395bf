package org.samverka.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web app: the shell at {@code /} (through {@link ShellAtRoot}) and {@code /setup} (the first
 * start's set-up link), its
 * own files under {@code /app/}, its labels per language from resource files, the list of
 * plugins with pages and their files. Everything else stays with the API under {@code /api/v1}.
 * The pages talk to the API only: the shell holds no data of its own.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/setup", "/app/*"})
@HttpWhiteboardServletName("samverka-web")
public final class WebApp extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The languages the shell is written in; another is another labels file. */
    static final List<String> LANGUAGES = List.of("en", "sv", "nb");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Scripts and styles from this origin only; no inline script, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final transient PluginPages plugins;

    @Activate
    public WebApp(@Reference PluginPages plugins) {
        this.plugins = plugins;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        headers(response);
        if (path.equals("/setup") || path.equals("/app") || path.equals("/app/")) {
            shell(response);
            return;
        }
        String rest = path.substring("/app/".length());
        if (rest.equals("plugins.json")) {
            List<Map<String, String>> list = new ArrayList<>();
            for (PluginPages.Contribution c : plugins.all()) {
                list.add(Map.of("module", c.moduleId(), "main", "/app/plugins/" + c.moduleId() + "/main.js"));
            }
            json(response, list);
        } else if (rest.startsWith("labels/") && rest.endsWith(".json")) {
            json(response, labels(rest.substring("labels/".length(), rest.length() - ".json".length())));
        } else if (rest.startsWith("plugins/") && rest.indexOf('/', "plugins/".length()) > 0) {
            int slash = rest.indexOf('/', "plugins/".length());
            String file = rest.substring(slash + 1);
            serve(response, plugins.file(rest.substring("plugins/".length(), slash), file).orElse(null), file, "no-cache");
        } else {
            serve(response, StaticFiles.safe(rest) ? WebApp.class.getResource("/web/" + rest) : null, rest, "no-cache");
        }
    }

    /** The shell's page: the same for every route, the script decides what it shows. */
    void shell(HttpServletResponse response) throws IOException {
        headers(response);
        serve(response, WebApp.class.getResource("/web/index.html"), "index.html", "no-cache");
    }

    /** The shell's labels in a language (English for one it is not written in), as a flat JSON object. */
    static Map<String, String> labels(String language) throws IOException {
        String lang = LANGUAGES.contains(language) ? language : "en";
        Properties english = load("en");
        Properties chosen = lang.equals("en") ? english : load(lang);
        Map<String, String> all = new TreeMap<>();
        english.stringPropertyNames().forEach(k -> all.put(k, chosen.getProperty(k, english.getProperty(k))));
        return all;
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WebApp.class.getResourceAsStream("/labels/web_" + lang + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private static void headers(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }

    private static void json(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        JSON.writeValue(response.getOutputStream(), value);
    }

    private static void serve(HttpServletResponse response, URL file, String name, String cache) throws IOException {
        String type = StaticFiles.type(name);
        if (file == null || type == null) {
            response.setStatus(404);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"detail\":\"The web app has no such file.\"}");
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", cache);
        try (InputStream in = file.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
