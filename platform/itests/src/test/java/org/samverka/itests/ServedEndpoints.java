package org.samverka.itests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.samverka.testkit.Framework;

/** Every resource method the REST whiteboard's default application serves now, from its runtime DTOs. */
final class ServedEndpoints {

    /** {@code GET} and {@code /regions/{regionId}} (no trailing slash, no regular expressions), and what it consumes first. */
    record Served(String method, String path, String consumes) {
    }

    private ServedEndpoints() {
    }

    static List<Served> of(Framework framework) {
        Set<Served> found = new LinkedHashSet<>();
        JsonNode runtime = framework.restRuntime().orElseThrow(() -> new AssertionError("the REST whiteboard is not running"));
        for (JsonNode resource : runtime.path("defaultApplication").path("resourceDTOs")) {
            for (JsonNode method : resource.path("resourceMethods")) {
                String path = ("/" + method.path("path").asText()).replaceAll("/+", "/").replaceAll("\\{(\\w+)(:[^}]*)?}", "{$1}");
                JsonNode consuming = method.path("consumingMimeType");
                found.add(new Served(method.path("method").asText(),
                        path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path,
                        consuming.isArray() && !consuming.isEmpty() ? consuming.get(0).asText() : null));
            }
        }
        return new ArrayList<>(found);
    }
}
