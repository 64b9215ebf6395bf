package org.samverka.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Checks the platform's rules on every endpoint of a plugin, the same way for every plugin:
 * <ol>
 * <li>without a token: 401, as {@code application/problem+json};</li>
 * <li>with an editor token of another region's tenant: 403;</li>
 * <li>for a tenant that does not use the module: 404;</li>
 * <li>what one tenant creates, another never sees: not in its lists, and not through its own path
 * with the first tenant's record (the created {@code Location} with the tenant swapped).</li>
 * </ol>
 * Paths name their tenant as {@code {municipality}} or {@code {region}}; any other
 * {@code {placeholder}} becomes {@code 1} (the first three rules are decided before a plugin's code
 * runs, whatever the rest of the path). A body may hold {@code {marker}}, replaced by a text unique to
 * the run, which rule 4 looks for. The default tenants are used: Luleå and Piteå (Norrbotten) with
 * the module, Kiruna without; Norrbotten and Västerbotten as regions with it, Nordland without.
 *
 * <pre>{@code
 * RuleSweep.of(samverka, "greetings")
 *         .get("/municipalities/{municipality}/greetings")
 *         .post("/municipalities/{municipality}/greetings", "{\"text\":\"{marker}\"}")
 *         .get("/municipalities/{municipality}/greetings/{id}")
 *         .run();
 * }</pre>
 */
public final class RuleSweep {

    private record Endpoint(String method, String path, String body, String mediaType) {
        boolean regional() {
            return path.contains("{region}");
        }

        boolean list() {
            return method.equals("GET") && !path.replace("{municipality}", "").replace("{region}", "").contains("{");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Tenants(String withModule, String other, String withoutModule, String outsiderScope, String placeholder,
            String pathPrefix) {
        String path(Endpoint e, String tenant) {
            return e.path().replace(placeholder, tenant).replaceAll("\\{[^}/]+}", "1");
        }

        String scope(String tenant) {
            return (placeholder.equals("{region}") ? "region:" : "municipality:") + tenant;
        }

        String enableAs(String tenant) {
            return placeholder.equals("{region}") ? "region:" + tenant : tenant;
        }
    }

    private static final Tenants MUNICIPALITIES = new Tenants("lulea", "pitea", "kiruna", "municipality:umea", "{municipality}",
            "/municipalities/");
    private static final Tenants REGIONS = new Tenants("norrbotten", "vasterbotten", "nordland", "region:nordland", "{region}",
            "/regions/");

    private final Samverka samverka;
    private final String moduleId;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();
    private int checks;

    private RuleSweep(Samverka samverka, String moduleId) {
        this.samverka = samverka;
        this.moduleId = moduleId;
    }

    public static RuleSweep of(Samverka samverka, String moduleId) {
        return new RuleSweep(samverka, moduleId);
    }

    public RuleSweep get(String path) {
        return endpoint("GET", path, null);
    }

    public RuleSweep post(String path, String body) {
        return endpoint("POST", path, body);
    }

    public RuleSweep put(String path, String body) {
        return endpoint("PUT", path, body);
    }

    public RuleSweep delete(String path) {
        return endpoint("DELETE", path, null);
    }

    /**
     * Adds every endpoint of the module that {@code /api/v1/openapi.json} describes now: the paths
     * of the module's own tenant kind ({@code /municipalities/{municipalityId}/<module>…} for a
     * municipality module, {@code /regions/{regionId}/<module>…} for a region module), writes with
     * the body {@code {}}. The first three rules then cover every endpoint the plugin serves; rule 4
     * needs a create endpoint with a {@code {marker}} added by hand.
     */
    public RuleSweep documented() {
        Reply module = samverka.admin().get("/modules/" + moduleId);
        if (module.status() != 200) {
            throw new IllegalStateException("Module '" + moduleId + "' is not installed: " + module);
        }
        boolean regional = "REGION".equals(module.json().path("scope").asText());
        String prefix = (regional ? "/regions/{regionId}/" : "/municipalities/{municipalityId}/") + moduleId;
        Reply document = samverka.admin().get("/openapi.json");
        int before = endpoints.size();
        document.json().path("paths").properties().forEach(path -> {
            if (path.getKey().equals(prefix) || path.getKey().startsWith(prefix + "/")) {
                String template = path.getKey().replaceFirst(regional ? "\\{regionId}" : "\\{municipalityId}",
                        regional ? "{region}" : "{municipality}");
                path.getValue().properties().forEach(operation -> {
                    String verb = operation.getKey().toUpperCase(Locale.ROOT);
                    if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(verb)) {
                        // The media type the endpoint takes: another one would be refused (415) before access is decided.
                        var types = operation.getValue().path("requestBody").path("content").fieldNames();
                        String type = types.hasNext() ? types.next() : "application/json";
                        boolean writes = verb.equals("POST") || verb.equals("PUT") || verb.equals("PATCH");
                        endpoint(verb, template, writes ? (type.contains("json") ? "{}" : "") : null, type.contains("*") ? "application/json" : type);
                    }
                });
            }
        });
        if (endpoints.size() == before) {
            throw new IllegalStateException("/api/v1/openapi.json describes no endpoint under " + prefix);
        }
        return this;
    }

    public RuleSweep endpoint(String method, String path, String body) {
        return endpoint(method, path, body, "application/json");
    }

    /** An endpoint whose body is of another media type ({@code text/csv}). */
    public RuleSweep endpoint(String method, String path, String body, String mediaType) {
        if (!path.contains("{municipality}") && !path.contains("{region}")) {
            throw new IllegalArgumentException(path + " names no tenant: write {municipality} or {region} where it goes");
        }
        endpoints.add(new Endpoint(method, path, body, mediaType));
        return this;
    }

    /**
     * Runs every rule on every endpoint and fails with one {@link AssertionError} listing each
     * broken rule. Returns how many checks passed.
     */
    public int run() {
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("The sweep has no endpoints to check");
        }
        for (Tenants tenants : List.of(MUNICIPALITIES, REGIONS)) {
            List<Endpoint> mine = endpoints.stream().filter(e -> e.regional() == (tenants == REGIONS)).toList();
            if (!mine.isEmpty()) {
                samverka.enable(moduleId, tenants.enableAs(tenants.withModule()), tenants.enableAs(tenants.other()));
                samverka.awaitServing(moduleId);
                mine.forEach(e -> accessRules(e, tenants));
                isolation(mine, tenants);
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError(broken.size() + " of the platform's rules broken by module '" + moduleId + "':\n  "
                    + String.join("\n  ", broken));
        }
        return checks;
    }

    private void accessRules(Endpoint e, Tenants tenants) {
        String path = tenants.path(e, tenants.withModule());
        String body = body(e, "sweep");
        String[] type = body == null ? new String[0] : new String[] {"Content-Type", e.mediaType()};
        Reply anonymous = samverka.anonymous().send(e.method(), path, body, type);
        expect(anonymous.status() == 401 && anonymous.isProblem(), e + " without a token must be 401 problem+json", anonymous);
        Reply outsider = samverka.as("editor", tenants.outsiderScope()).send(e.method(), path, body, type);
        expect(outsider.status() == 403, e + " with an editor of " + tenants.outsiderScope() + " must be 403", outsider);
        Reply without = samverka.admin().send(e.method(), tenants.path(e, tenants.withoutModule()), body, type);
        expect(without.status() == 404, e + " for " + tenants.withoutModule() + ", which does not use the module, must be 404",
                without);
    }

    private void isolation(List<Endpoint> mine, Tenants tenants) {
        Client editorA = samverka.as("editor", tenants.scope(tenants.withModule()));
        for (Endpoint create : mine.stream().filter(e -> e.method().equals("POST") && e.body() != null
                && e.body().contains("{marker}")).toList()) {
            String marker = "sweep-" + UUID.randomUUID();
            Reply created = editorA.post(tenants.path(create, tenants.withModule()), body(create, marker));
            if (!expect(created.status() / 100 == 2, create + " as an editor of " + tenants.withModule() + " must succeed", created)) {
                continue;
            }
            List<Endpoint> lists = mine.stream().filter(Endpoint::list).toList();
            boolean seenByOwner = false;
            for (Endpoint list : lists) {
                seenByOwner |= samverka.as("viewer", tenants.scope(tenants.withModule()))
                        .get(tenants.path(list, tenants.withModule())).body().contains(marker);
                Reply other = samverka.as("viewer", tenants.scope(tenants.other())).get(tenants.path(list, tenants.other()));
                expect(!other.body().contains(marker), list + " for " + tenants.other() + " must not show what "
                        + tenants.withModule() + " created", other);
            }
            expect(lists.isEmpty() || seenByOwner, "what " + create + " made must show in a list of " + tenants.withModule()
                    + " (else rule 4 cannot tell)", created);
            String location = created.header("Location");
            String own = tenants.pathPrefix() + tenants.withModule() + "/";
            if (location != null && location.contains(own)) {
                String swapped = location.substring(location.indexOf("/api/")).replace(own, tenants.pathPrefix() + tenants.other() + "/");
                Reply reach = samverka.admin().get(swapped);
                expect(reach.status() == 404 && !reach.body().contains(marker), "the record " + create + " made for "
                        + tenants.withModule() + " must be 404 under " + tenants.other() + "'s path", reach);
            }
        }
    }

    private static String body(Endpoint e, String marker) {
        return e.body() == null ? null : e.body().replace("{marker}", marker);
    }

    private boolean expect(boolean holds, String rule, Reply reply) {
        if (holds) {
            checks++;
        } else {
            broken.add(rule + ": " + reply);
        }
        return holds;
    }
}
