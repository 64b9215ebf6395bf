package org.samverka.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API's OpenAPI 3.1 document, merged from the fragments that the bundles running now
 * carry in {@code OSGI-INF/openapi.json}. Each fragment was written from the bundle's JAX-RS
 * annotations when it was built, so nothing is scanned at run time; a plugin that stops takes its
 * paths out, one that starts brings them. Operations are tagged with their bundle's name, and a
 * schema whose name another bundle already uses differently is renamed within its own fragment.
 */
@Component(service = OpenApiDocument.class)
public final class OpenApiDocument {

    static final String FRAGMENT = "OSGI-INF/openapi.json";
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One bundle's fragment, as its build wrote it. */
    record Fragment(String symbolicName, String name, String version, JsonNode document) {
    }

    /** The merged document and the generation of the fragments it was made from. */
    private record Merged(long generation, ObjectNode document) {
    }

    private final Map<Long, Fragment> fragments = new HashMap<>();
    private final BundleTracker<Fragment> tracker;
    private final String platformVersion;
    /** Counts the changes to {@link #fragments}; guarded by it. */
    private long generation;
    private volatile Merged merged;

    @Activate
    public OpenApiDocument(BundleContext context) {
        this.platformVersion = context.getBundle().getVersion().toString();
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public Fragment addingBundle(Bundle bundle, BundleEvent event) {
                Fragment fragment = read(bundle);
                if (fragment != null) {
                    changed(bundle.getBundleId(), fragment);
                }
                return fragment;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Fragment fragment) {
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Fragment fragment) {
                changed(bundle.getBundleId(), null);
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** The merged document; computed again only after a bundle with a fragment came or went. */
    public JsonNode document() {
        List<Fragment> now;
        long current;
        synchronized (fragments) {
            current = generation;
            Merged last = merged;
            if (last != null && last.generation() == current) {
                return last.document();
            }
            now = List.copyOf(fragments.values());
        }
        // Merged outside the lock; a merge of fragments that changed meanwhile is never taken for current.
        ObjectNode document = merge(platformVersion, now);
        merged = new Merged(current, document);
        return document;
    }

    private void changed(long bundleId, Fragment fragment) {
        synchronized (fragments) {
            if (fragment == null) {
                fragments.remove(bundleId);
            } else {
                fragments.put(bundleId, fragment);
            }
            generation++;
        }
    }

    private static Fragment read(Bundle bundle) {
        URL entry = bundle.getEntry(FRAGMENT);
        if (entry == null) {
            return null;
        }
        try (InputStream in = entry.openStream()) {
            String name = Objects.requireNonNullElse(bundle.getHeaders("").get("Bundle-Name"), bundle.getSymbolicName());
            return new Fragment(bundle.getSymbolicName(), name, bundle.getVersion().toString(), JSON.readTree(in));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The OpenAPI fragment of {} cannot be read and is left out: {}", bundle.getSymbolicName(), e.getMessage());
            return null;
        }
    }

    /** Pure: the document for these fragments, the same whatever their order. */
    static ObjectNode merge(String platformVersion, List<Fragment> fragments) {
        ObjectNode document = JSON.createObjectNode().put("openapi", "3.1.0");
        document.putObject("info").put("title", "Samverka REST API").put("version", platformVersion)
                .put("description", "The platform's endpoints and those of the method plugins running now.");
        document.putArray("servers").addObject().put("url", "/api/v1");
        ObjectNode paths = document.putObject("paths");
        ObjectNode components = document.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "A token's secret (POST /tokens), or the session cookie of the web app");
        document.putArray("security").addObject().putArray("bearer");
        ArrayNode tags = document.putArray("tags");
        Set<String> operationIds = new HashSet<>();
        fragments.stream().sorted(Comparator.comparing(Fragment::symbolicName)).forEach(fragment -> {
            JsonNode fragmentPaths = fragment.document().path("paths");
            if (!fragmentPaths.isObject() || fragmentPaths.isEmpty()) {
                return;
            }
            JsonNode copy = fragment.document().deepCopy();
            renameClashingSchemas(copy, schemas, fragment.symbolicName());
            copy.path("components").path("schemas").fields().forEachRemaining(e -> schemas.set(e.getKey(), e.getValue()));
            tags.addObject().put("name", fragment.name()).put("description", fragment.symbolicName() + " " + fragment.version());
            copy.path("paths").fields().forEachRemaining(path -> {
                ObjectNode target = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey()) : paths.putObject(path.getKey());
                path.getValue().fields().forEachRemaining(operation -> {
                    if (operation.getValue().isObject()) {
                        ObjectNode op = (ObjectNode) operation.getValue();
                        op.putArray("tags").add(fragment.name());
                        uniqueOperationId(op, fragment.symbolicName(), operationIds);
                        op.put("x-samverka-bundle", fragment.symbolicName());
                    }
                    target.set(operation.getKey(), operation.getValue());
                });
            });
        });
        PlatformResponses.addTo(document);
        return document;
    }

    /**
     * Operation ids are unique in a document, but each bundle's build named its operations after
     * its Java methods ({@code list}, {@code get}): prefixed with the bundle's last name segment
     * ({@code lifecycle_list}), and numbered should that still clash.
     */
    private static void uniqueOperationId(ObjectNode operation, String symbolicName, Set<String> taken) {
        JsonNode given = operation.get("operationId");
        if (given == null || !given.isTextual()) {
            return;
        }
        String base = symbolicName.substring(symbolicName.lastIndexOf('.') + 1) + "_" + given.asText();
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "_" + n;
        }
        operation.put("operationId", id);
    }

    /** Gives a schema of the fragment that another bundle's schema already names differently a name of its own. */
    private static void renameClashingSchemas(JsonNode fragment, ObjectNode schemas, String symbolicName) {
        JsonNode own = fragment.path("components").path("schemas");
        if (!own.isObject()) {
            return;
        }
        Map<String, String> renamed = new HashMap<>();
        own.fields().forEachRemaining(e -> {
            if (schemas.has(e.getKey()) && !schemas.get(e.getKey()).equals(e.getValue())) {
                renamed.put(e.getKey(), symbolicName.replace('.', '_') + "_" + e.getKey());
            }
        });
        if (renamed.isEmpty()) {
            return;
        }
        ObjectNode ownSchemas = (ObjectNode) own;
        renamed.forEach((from, to) -> ownSchemas.set(to, ownSchemas.remove(from)));
        rewriteReferences(fragment, renamed);
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                String name = ref.asText().substring("#/components/schemas/".length());
                if (renamed.containsKey(name)) {
                    object.set("$ref", TextNode.valueOf("#/components/schemas/" + renamed.get(name)));
                }
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext();) {
                rewriteReferences(children.next(), renamed);
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewriteReferences(child, renamed));
        }
    }
}
