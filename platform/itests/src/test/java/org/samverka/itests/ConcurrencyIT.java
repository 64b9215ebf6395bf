package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * Many clients at once on the same thing, for every kind of versioned resource of the platform
 * and its plugins: exactly one change based on a version wins, every race on a new key has one
 * winner and clear answers for the others, and lock conflicts never reach a client as 500.
 * On the test kit: the distribution booted once for the class, with the notes and lifecycle plugins.
 */
@SamverkaTest
class ConcurrencyIT {

    private static final int WRITERS = 16;
    private static final String ITEM = "{\"phase\":\"ROOT\",\"kind\":\"ROLE\",\"title\":\"%s\",\"status\":\"IN_PLACE\"}";
    private static final String CSV_HEADER = "phase,kind,title,description,responsibleOrganisation,contact,status,notes\n";

    /** A kind of versioned resource: how to create one and what a change of it looks like. */
    private record Kind(String name, IntFunction<Reply> create, IntFunction<String> change) {
    }

    private static int serial;

    private Client api;

    @BeforeAll
    static void deployPlugins(Samverka samverka) {
        samverka.deploy(Path.of(System.getProperty("samverka.notes.plugin")), "notes");
        samverka.deploy(MethodPlugins.jar("lifecycle"), "lifecycle");
        samverka.enable("notes", "lulea");
        serves(samverka, "/api/v1/municipalities/lulea/notes");
        samverka.enable("lifecycle", "lulea", "kiruna");
        serves(samverka, "/api/v1/municipalities/lulea/lifecycle/items");
    }

    /** Waits until the module's path answers the platform-admin, as it does once the module is enabled. */
    private static void serves(Samverka samverka, String path) {
        Reply reply = samverka.admin().await(path, r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals(200, reply.status(), reply.toString());
    }

    @BeforeEach
    void admin(Samverka samverka) {
        api = samverka.admin();
    }

    @Test
    void ofManyChangesBasedOnOneVersionExactlyOneWinsForEveryVersionedResource() {
        for (Kind kind : kinds()) {
            Reply created = kind.create().apply(++serial);
            assertTrue(created.status() == 200 || created.status() == 201, kind.name() + ": " + created);
            String url = location(created);
            String etag = created.header("ETag");

            List<Reply> replies = Concurrently.send(WRITERS, i -> api.put(url, kind.change().apply(i), "If-Match", etag));

            assertEquals(Map.of(200, 1, 412, WRITERS - 1), Concurrently.statuses(replies, Reply::status), kind.name() + ": " + replies);
            Reply winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            Reply stored = api.get(url);
            assertEquals(winner.body(), stored.body(), kind.name() + ": the winner's change is what is stored");
            assertEquals(winner.header("ETag"), stored.header("ETag"), kind.name());
            replies.stream().filter(r -> r.status() == 412).forEach(r -> assertProblem(kind.name(), r));
        }
    }

    @Test
    void ofManyDeletesBasedOnOneVersionExactlyOneWins() {
        for (Kind kind : kinds()) {
            if (kind.name().equals("target") || kind.name().equals("in-movers")) {
                continue; // set, never deleted
            }
            Reply created = kind.create().apply(++serial);
            String url = location(created);
            String etag = created.header("ETag");

            List<Reply> replies = Concurrently.send(WRITERS, i -> api.delete(url, "If-Match", etag));

            TreeMap<Integer, Integer> statuses = Concurrently.statuses(replies, Reply::status);
            assertEquals(Integer.valueOf(1), statuses.get(204), kind.name() + ": " + statuses);
            assertEquals(WRITERS - 1, statuses.getOrDefault(404, 0) + statuses.getOrDefault(412, 0),
                    kind.name() + ": the others find it changed or gone: " + statuses);
            assertEquals(404, api.get(url).status());
        }
    }

    @Test
    void ifMatchStarAppliesEveryChangeInTurn() {
        api.post("/api/v1/regions", "{\"id\":\"star\",\"code\":\"77\",\"name\":\"Star\",\"country\":\"SE\"}");
        List<Reply> replies = Concurrently.send(WRITERS, i -> api.put("/api/v1/regions/star",
                "{\"code\":\"77\",\"name\":\"Star " + i + "\",\"country\":\"SE\"}", "If-Match", "*"));
        assertEquals(Map.of(200, WRITERS), Concurrently.statuses(replies, Reply::status), replies.toString());
        assertEquals("\"" + (1 + WRITERS) + "\"", api.get("/api/v1/regions/star").header("ETag"));
    }

    @Test
    void ofManyCreatorsOfOneNewKeyOneWinsAndTheOthersAreToldWhy() {
        List<Reply> regions = Concurrently.send(WRITERS, i -> api.post("/api/v1/regions",
                "{\"id\":\"race-region\",\"code\":\"1\",\"name\":\"Race " + i + "\",\"country\":\"SE\"}"));
        assertEquals(Map.of(201, 1, 409, WRITERS - 1), Concurrently.statuses(regions, Reply::status), regions.toString());

        List<Reply> towns = Concurrently.send(WRITERS, i -> api.post("/api/v1/regions/race-region/municipalities",
                "{\"id\":\"race-town\",\"code\":\"1\",\"name\":\"Town " + i + "\"}"));
        assertEquals(Map.of(201, 1, 409, WRITERS - 1), Concurrently.statuses(towns, Reply::status), towns.toString());
        towns.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem("municipality", r));

        List<Reply> enabled = Concurrently.send(WRITERS, i -> api.put("/api/v1/municipalities/race-town/modules/lifecycle", null));
        assertEquals(Map.of(201, 1, 200, WRITERS - 1), Concurrently.statuses(enabled, Reply::status), enabled.toString());

        String count = "/api/v1/municipalities/race-town/lifecycle/in-movers/2031";
        api.await("/api/v1/municipalities/race-town/lifecycle/in-movers", r -> r.status() == 200, Samverka.PATIENCE);
        List<Reply> counted = Concurrently.send(WRITERS, i -> api.put(count, "{\"count\":" + (100 + i) + "}"));
        assertEquals(Map.of(200, 1, 428, WRITERS - 1), Concurrently.statuses(counted, Reply::status), counted.toString());
        Reply firstCount = counted.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertEquals(firstCount.json().path("count").asInt(),
                api.get("/api/v1/municipalities/race-town/lifecycle/in-movers").json().get(0).path("count").asInt());

        List<Reply> targets = Concurrently.send(WRITERS, i -> api.put("/api/v1/regions/race-region/lifecycle/target",
                "{\"low\":" + (1000 + i) + ",\"high\":5000,\"baseYear\":2025,\"targetYear\":2035}"));
        assertEquals(Map.of(200, 1, 428, WRITERS - 1), Concurrently.statuses(targets, Reply::status), targets.toString());
    }

    @Test
    void importsAndCreatesInDifferentMunicipalitiesNeverFailOnLocks() {
        List<String> towns = List.of("boden", "pitea", "alvsbyn", "arjeplog", "arvidsjaur", "gallivare", "haparanda", "jokkmokk");
        for (String town : towns) {
            api.put("/api/v1/municipalities/" + town + "/modules/lifecycle", null);
        }
        api.await("/api/v1/municipalities/jokkmokk/lifecycle/items", r -> r.status() == 200, Samverka.PATIENCE);
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int row = 0; row < 1500; row++) {
            csv.append("ATTRACT,EFFORT,Insats ").append(row).append(",,,,IN_PLACE,\n");
        }
        List<Reply> replies = Concurrently.send(towns.size() * 3, i -> i < towns.size()
                ? api.send("POST", "/api/v1/municipalities/" + towns.get(i) + "/lifecycle/items/import", csv.toString(),
                        "Content-Type", "text/csv")
                : api.post("/api/v1/municipalities/" + (i % 2 == 0 ? "lulea" : "kiruna") + "/lifecycle/items",
                        String.format(ITEM, "Samtidig " + i)));
        assertEquals(Map.of(201, towns.size() * 3), Concurrently.statuses(replies, Reply::status),
                replies.stream().map(Reply::status).toList().toString());
        for (String town : towns) {
            assertEquals(1500, api.get("/api/v1/municipalities/" + town + "/lifecycle/items?limit=1").json().path("total").asInt());
        }
    }

    private List<Kind> kinds() {
        String lulea = "/api/v1/municipalities/lulea";
        return List.of(
                new Kind("region", n -> api.post("/api/v1/regions",
                        "{\"id\":\"cc-region-" + n + "\",\"code\":\"9\",\"name\":\"Region " + n + "\",\"country\":\"SE\"}"),
                        i -> "{\"code\":\"9\",\"name\":\"Changed by " + i + "\",\"country\":\"SE\"}"),
                new Kind("municipality", n -> api.post("/api/v1/regions/norrbotten/municipalities",
                        "{\"id\":\"cc-town-" + n + "\",\"code\":\"9\",\"name\":\"Town " + n + "\"}"),
                        i -> "{\"code\":\"9\",\"name\":\"Changed by " + i + "\"}"),
                new Kind("note", n -> api.post(lulea + "/notes", "{\"text\":\"note " + n + "\"}"),
                        i -> "{\"text\":\"changed by " + i + "\"}"),
                new Kind("item", n -> api.post(lulea + "/lifecycle/items", String.format(ITEM, "item " + n)),
                        i -> String.format(ITEM, "changed by " + i)),
                new Kind("action", n -> api.post(lulea + "/lifecycle/actions", "{\"phase\":\"ROOT\",\"title\":\"action " + n + "\"}"),
                        i -> "{\"phase\":\"ROOT\",\"title\":\"changed by " + i + "\"}"),
                new Kind("persona", n -> api.post("/api/v1/regions/norrbotten/lifecycle/personas",
                        "{\"name\":\"persona " + n + "\",\"drivers\":[\"Naturen\"]}"),
                        i -> "{\"name\":\"changed by " + i + "\",\"drivers\":[]}"),
                new Kind("target", n -> withLocation(api.get("/api/v1/regions/norrbotten/lifecycle/target"),
                        "/api/v1/regions/norrbotten/lifecycle/target"),
                        i -> "{\"low\":" + (20000 + i) + ",\"high\":30000,\"baseYear\":2024,\"targetYear\":2030}"),
                new Kind("in-movers", n -> withLocation(api.put(lulea + "/lifecycle/in-movers/" + (1990 + n), "{\"count\":1}"),
                        lulea + "/lifecycle/in-movers/" + (1990 + n)),
                        i -> "{\"count\":" + (10 + i) + "}"));
    }

    /** A reply that names its resource in Location, for resources that are created by PUT or exist already. */
    private static Reply withLocation(Reply reply, String url) {
        LOCATIONS.put(reply, url);
        return reply;
    }

    private static final Map<Reply, String> LOCATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String location(Reply created) {
        String known = LOCATIONS.get(created);
        if (known != null) {
            return known;
        }
        String location = created.header("Location");
        assertTrue(location != null, "no Location: " + created);
        return location.substring(location.indexOf("/api/v1/"));
    }

    private static void assertProblem(String what, Reply reply) {
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), what + ": " + reply.header("Content-Type"));
        assertTrue(reply.json().path("detail").asText().length() > 20, what + ": " + reply.body());
    }
}
