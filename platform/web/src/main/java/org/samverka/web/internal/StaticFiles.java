package org.samverka.web.internal;

import java.util.Map;

/** Content types of the files the web app serves, and which relative paths are safe to look up. */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "mjs", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain; charset=UTF-8");

    private StaticFiles() {
    }

    /** The content type by extension; null for a kind of file the web app does not serve. */
    static String type(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** A relative path of plain names: no way up, no hidden files, no backslashes. */
    static boolean safe(String path) {
        if (path == null || path.isEmpty() || path.length() > 200 || path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith(".") || !segment.matches("[A-Za-z0-9._-]+")) {
                return false;
            }
        }
        return type(path) != null;
    }
}
