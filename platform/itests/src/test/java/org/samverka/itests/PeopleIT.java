package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.itests.Api.Reply;
import org.samverka.testkit.Client;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * People and signing in, over HTTP as a browser meets them: the session cookie and its flags,
 * CSRF, the pause after failed sign-ins, the same access rules as for tokens, admins within
 * their scope, disabling and erasing, a person's own password, and the audit trail of it all.
 * On the test kit: the distribution booted once for the class, the person {@code admin} made with
 * the test kit's password; a {@link Browser} signs in and keeps its cookies, the platform-admin
 * token's {@link Client} reads the audit trail.
 */
@SamverkaTest
class PeopleIT {

    private static final String PASSWORD = "kiruna-snow-2026";

    private Samverka samverka;
    /** Authenticated with the platform-admin token. */
    private Client api;

    @BeforeEach
    void admin(Samverka samverka) {
        this.samverka = samverka;
        api = samverka.admin();
    }

    private String port() {
        return Integer.toString(samverka.uri().getPort());
    }

    private String adminPassword() {
        return samverka.adminPassword();
    }

    private Browser admin() {
        Browser browser = new Browser(port());
        assertEquals(201, browser.signIn("admin", adminPassword()).status());
        return browser;
    }

    private JsonNode createPerson(Browser as, String username, String role, String scope) {
        Reply created = as.send("POST", "/api/v1/people", "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\",\"role\":\"" + role + "\",\"scope\":\"" + scope + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    @Test
    void theAdminFromTheEnvironmentSignsInAndGetsASafeCookie() {
        Browser browser = new Browser(port());
        Reply signedIn = browser.signIn("Admin", adminPassword());
        assertEquals(201, signedIn.status(), signedIn.toString());
        assertEquals("admin", signedIn.json().path("person").path("username").asText());
        assertEquals("platform-admin", signedIn.json().path("person").path("role").asText());
        assertFalse(signedIn.body().contains("passwordHash"));
        assertFalse(signedIn.body().contains("$2b$"));
        assertEquals("no-store", signedIn.header("Cache-Control"));
        String setCookie = signedIn.header("Set-Cookie");
        assertTrue(setCookie.startsWith("samverka_session="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: not Secure");

        Reply current = browser.get("/api/v1/sessions/current");
        assertEquals(200, current.status());
        assertEquals(browser.csrfToken(), current.json().path("csrfToken").asText());
        assertEquals(200, browser.get("/api/v1/regions/norrbotten").status());
        assertEquals(200, browser.get("/api/v1/account").status());

        Reply behindProxy = new Browser(port()).send("POST", "/api/v1/sessions",
                "{\"username\":\"admin\",\"password\":\"" + adminPassword() + "\"}", "X-Forwarded-Proto", "https");
        assertTrue(behindProxy.header("Set-Cookie").startsWith("__Host-samverka_session="));
        assertTrue(behindProxy.header("Set-Cookie").contains("Secure"));
    }

    @Test
    void aWrongPasswordAnUnknownNameAndBadInputAreRefusedAlikeAndAudited() {
        Reply wrong = new Browser(port()).signIn("admin", "not-the-password");
        assertEquals(401, wrong.status());
        assertTrue(wrong.header("Content-Type").startsWith("application/problem+json"));
        assertNull(wrong.header("Set-Cookie"));
        Reply unknown = new Browser(port()).signIn("nobody-at-all", "not-the-password");
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().path("detail").asText(), unknown.json().path("detail").asText());

        Reply missing = new Browser(port()).send("POST", "/api/v1/sessions", "{\"username\":\"admin\"}");
        assertEquals(400, missing.status());
        assertEquals("password", missing.json().path("errors").get(0).path("field").asText());
        Reply form = new Browser(port()).send("POST", "/api/v1/sessions", "username=admin&password=x",
                "Content-Type", "application/x-www-form-urlencoded");
        assertTrue(form.status() == 400 || form.status() == 415, "another site's form cannot sign a browser in: " + form);
        assertNull(form.header("Set-Cookie"));

        JsonNode failed = api.get("/api/v1/audit?outcome=SIGN_IN_FAILED").json().path("items");
        assertTrue(failed.toString().contains("(unknown username)"), failed.toString());
        assertTrue(failed.toString().contains("\"admin\""), failed.toString());
        assertFalse(failed.toString().contains("nobody-at-all"), "a name nobody has is not written down: it is often a password");
        assertFalse(failed.toString().contains("not-the-password"), "the password tried is never written down");
    }

    private static void assertNull(Object value) {
        assertTrue(value == null, "expected nothing, got " + value);
    }

    @Test
    void repeatedFailuresPauseTheUsernameEvenForTheRightPassword() {
        createPerson(admin(), "throttled", "viewer", "municipality:kiruna");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Browser(port()).signIn("throttled", "wrong-password-" + i).status());
        }
        Reply last = new Browser(port()).signIn("throttled", "wrong-password-5");
        assertEquals(429, last.status(), last.toString());
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        Reply right = new Browser(port()).signIn("throttled", PASSWORD);
        assertEquals(429, right.status(), "paused, also for the right password");
        assertEquals(201, new Browser(port()).signIn("admin", adminPassword()).status());
        assertTrue(api.get("/api/v1/audit?outcome=SIGN_IN_PAUSED").json().path("items").toString().contains("throttled"));
    }

    @Test
    void aChangeFromACookieNeedsTheCsrfToken() {
        Browser browser = admin();
        String body = "{\"username\":\"csrf-check\",\"displayName\":\"C\",\"role\":\"viewer\",\"scope\":\"municipality:kiruna\"}";
        String token = browser.csrfToken();
        Reply forged = browser.withoutCsrfToken().send("POST", "/api/v1/people", body);
        assertEquals(403, forged.status(), forged.toString());
        assertTrue(forged.json().path("detail").asText().contains("X-CSRF-Token"));
        Reply wrongToken = browser.send("POST", "/api/v1/people", body, "X-CSRF-Token", "guessed");
        assertEquals(403, wrongToken.status());
        Reply real = browser.send("POST", "/api/v1/people", body, "X-CSRF-Token", token);
        assertEquals(201, real.status(), real.toString());
        Reply tokenByAPerson = browser.send("POST", "/api/v1/tokens", "{\"name\":\"made-by-a-person\",\"role\":\"viewer\","
                + "\"scope\":\"municipality:kiruna\"}", "X-CSRF-Token", token);
        assertEquals(201, tokenByAPerson.status(), tokenByAPerson.toString());
        assertEquals(200, browser.get("/api/v1/people").status(), "reads need no token");
    }

    @Test
    void aKirunaEditorReachesKirunaAndNothingElse() {
        Browser admin = admin();
        createPerson(admin, "kiruna-editor", "editor", "municipality:kiruna");
        Browser editor = new Browser(port());
        assertEquals(201, editor.signIn("kiruna-editor", PASSWORD).status());
        assertEquals(200, editor.get("/api/v1/municipalities/kiruna").status());
        assertEquals(403, editor.get("/api/v1/municipalities/lulea").status());
        assertEquals(403, editor.get("/api/v1/regions/norrbotten/municipalities").status());
        assertEquals(403, editor.get("/api/v1/people").status());
        assertEquals(403, editor.get("/api/v1/audit").status());
        assertEquals(403, editor.send("PUT", "/api/v1/municipalities/lulea/modules/notes", null).status());
        Reply self = editor.get("/api/v1/account");
        assertEquals("municipality:kiruna", self.json().path("scope").asText());

        JsonNode entries = api.get("/api/v1/audit?outcome=SIGNED_IN&tenant=municipality:kiruna").json().path("items");
        assertTrue(entries.toString().contains("kiruna-editor"), entries.toString());
    }

    @Test
    void regionAdminsManagePeopleWithinTheirRegionOnly() {
        Browser admin = admin();
        createPerson(admin, "norrbotten-admin", "region-admin", "region:norrbotten");
        createPerson(admin, "umea-viewer", "viewer", "municipality:umea");
        Browser regionAdmin = new Browser(port());
        assertEquals(201, regionAdmin.signIn("norrbotten-admin", PASSWORD).status());

        createPerson(regionAdmin, "lulea-viewer", "viewer", "municipality:lulea");
        Reply wider = regionAdmin.send("POST", "/api/v1/people", "{\"username\":\"too-wide\",\"displayName\":\"W\","
                + "\"role\":\"platform-admin\",\"scope\":\"platform\"}");
        assertEquals(403, wider.status());
        Reply elsewhere = regionAdmin.send("POST", "/api/v1/people", "{\"username\":\"elsewhere\",\"displayName\":\"E\","
                + "\"role\":\"viewer\",\"scope\":\"municipality:umea\"}");
        assertEquals(403, elsewhere.status());

        String listed = regionAdmin.get("/api/v1/people").body();
        assertTrue(listed.contains("lulea-viewer"));
        assertFalse(listed.contains("umea-viewer"), "another region's people are not shown");
        assertFalse(listed.contains("\"admin\""), "nor the platform's");
        String umeaId = admin.get("/api/v1/people").json().findParents("username").stream()
                .filter(p -> p.path("username").asText().equals("umea-viewer")).findFirst().orElseThrow().path("id").asText();
        assertEquals(404, regionAdmin.get("/api/v1/people/" + umeaId).status());
    }

    @Test
    void badInputNamesEveryFieldAndTakenNamesAreConflicts() {
        Browser admin = admin();
        Reply bad = admin.send("POST", "/api/v1/people", "{\"username\":\"-x\",\"role\":\"boss\",\"scope\":\"planet\","
                + "\"email\":\"no-at\",\"password\":\"short\",\"language\":\"not a tag\"}");
        assertEquals(400, bad.status(), bad.toString());
        String fields = bad.json().path("errors").findValuesAsText("field").toString();
        for (String field : List.of("username", "displayName", "role", "scope", "email", "password", "language")) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        assertFalse(bad.body().contains("short"));
        createPerson(admin, "taken", "viewer", "municipality:kiruna");
        Reply again = admin.send("POST", "/api/v1/people", "{\"username\":\"TAKEN\",\"displayName\":\"T\","
                + "\"role\":\"viewer\",\"scope\":\"municipality:kiruna\"}");
        assertEquals(409, again.status());
    }

    @Test
    void disablingSignsAPersonOutAtOnceAndConcurrentChangesHaveOneWinner() {
        Browser admin = admin();
        JsonNode person = createPerson(admin, "to-disable", "editor", "municipality:kiruna");
        String id = person.path("id").asText();
        Browser them = new Browser(port());
        assertEquals(201, them.signIn("to-disable", PASSWORD).status());
        assertEquals(200, them.get("/api/v1/municipalities/kiruna").status());

        String change = "{\"displayName\":\"Changed %d\",\"role\":\"editor\",\"scope\":\"municipality:kiruna\"}";
        List<Reply> replies = Concurrently.send(8, i -> admin.send("PUT", "/api/v1/people/" + id, String.format(change, i),
                "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(replies, Reply::status));

        Reply current = admin.get("/api/v1/people/" + id);
        Reply disabled = admin.send("PUT", "/api/v1/people/" + id, "{\"displayName\":\"Gone\",\"role\":\"editor\","
                + "\"scope\":\"municipality:kiruna\",\"disabled\":true}", "If-Match", current.header("ETag"));
        assertEquals(200, disabled.status(), disabled.toString());
        assertEquals(401, them.get("/api/v1/municipalities/kiruna").status());
        assertEquals(401, new Browser(port()).signIn("to-disable", PASSWORD).status());

        Reply self = admin.get("/api/v1/account");
        Reply disableSelf = admin.send("PUT", "/api/v1/people/" + self.json().path("id").asText(), "{\"displayName\":\"A\","
                + "\"role\":\"platform-admin\",\"scope\":\"platform\",\"disabled\":true}", "If-Match", self.header("ETag"));
        assertEquals(409, disableSelf.status());

        Reply erased = admin.send("DELETE", "/api/v1/people/" + id, null, "If-Match", disabled.header("ETag"));
        assertEquals(204, erased.status());
        assertEquals(404, admin.get("/api/v1/people/" + id).status());
    }

    @Test
    void aPersonChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
        createPerson(admin(), "changer", "viewer", "municipality:kiruna");
        Browser here = new Browser(port());
        Browser elsewhere = new Browser(port());
        assertEquals(201, here.signIn("changer", PASSWORD).status());
        assertEquals(201, elsewhere.signIn("changer", PASSWORD).status());

        Reply wrongCurrent = here.send("PUT", "/api/v1/account/password",
                "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"a-new-long-password\"}");
        assertEquals(400, wrongCurrent.status());
        assertEquals("currentPassword", wrongCurrent.json().path("errors").get(0).path("field").asText());
        Reply weak = here.send("PUT", "/api/v1/account/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"aaaaaaaaaaaaaaaa\"}");
        assertEquals(400, weak.status());
        Reply changed = here.send("PUT", "/api/v1/account/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a-new-long-password\"}");
        assertEquals(204, changed.status(), changed.toString());

        assertEquals(200, here.get("/api/v1/account").status(), "this session goes on");
        assertEquals(401, elsewhere.get("/api/v1/account").status(), "the other one ended");
        assertEquals(401, new Browser(port()).signIn("changer", PASSWORD).status());
        assertEquals(201, new Browser(port()).signIn("changer", "a-new-long-password").status());
        assertTrue(api.get("/api/v1/audit?outcome=COMMITTED").json().path("items").toString().contains("/api/v1/account/password"));
    }

    @Test
    void aPersonsTokensEndWithTheirStandingAndPasswordsAreSetOnlyForLowerRanks() {
        Browser admin = admin();
        JsonNode regionAdmin = createPerson(admin, "token-maker", "region-admin", "region:norrbotten");
        Browser maker = new Browser(port());
        assertEquals(201, maker.signIn("token-maker", PASSWORD).status());
        Reply made = maker.send("POST", "/api/v1/tokens", "{\"name\":\"for-later\",\"role\":\"region-admin\",\"scope\":\"region:norrbotten\"}");
        assertEquals(201, made.status(), made.toString());
        Client withToken = api.as(made.json().path("secret").asText());
        assertEquals(200, withToken.get("/api/v1/regions/norrbotten/municipalities").status());

        JsonNode peer = createPerson(admin, "peer-admin", "region-admin", "region:norrbotten");
        Reply peerReset = maker.send("PUT", "/api/v1/people/" + peer.path("id").asText() + "/password",
                "{\"password\":\"taken-over-password\"}", "If-Match", "\"1\"");
        assertEquals(409, peerReset.status(), "a region-admin does not set another region-admin's password");
        JsonNode viewer = createPerson(maker, "lower-rank", "viewer", "municipality:kiruna");
        Reply lowerReset = maker.send("PUT", "/api/v1/people/" + viewer.path("id").asText() + "/password",
                "{\"password\":\"a-fresh-passphrase\"}", "If-Match", "\"1\"");
        assertEquals(200, lowerReset.status(), lowerReset.toString());
        Reply selfReset = maker.send("PUT", "/api/v1/people/" + regionAdmin.path("id").asText() + "/password",
                "{\"password\":\"a-fresh-passphrase\"}", "If-Match", "\"1\"");
        assertEquals(409, selfReset.status(), "one's own password needs the current one");

        Reply disabled = admin.send("PUT", "/api/v1/people/" + regionAdmin.path("id").asText(), "{\"displayName\":\"Gone\","
                + "\"role\":\"region-admin\",\"scope\":\"region:norrbotten\",\"disabled\":true}", "If-Match", "\"1\"");
        assertEquals(200, disabled.status(), disabled.toString());
        assertEquals(401, withToken.get("/api/v1/regions/norrbotten/municipalities").status(),
                "a disabled person's tokens end with them");
    }

    @Test
    void signingOutEndsTheSessionAndClearsTheCookie() {
        Browser browser = admin();
        HttpCookie before = browser.cookies().getCookieStore().getCookies().get(0);
        assertNotNull(before);
        Reply out = browser.send("DELETE", "/api/v1/sessions/current", null);
        assertEquals(204, out.status());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        Browser replay = new Browser(port());
        replay.cookies().getCookieStore().add(java.net.URI.create("http://localhost:" + port()), before);
        assertEquals(401, replay.get("/api/v1/account").status(), "the old cookie is worth nothing");
        assertTrue(api.get("/api/v1/audit?outcome=SIGNED_OUT").json().path("items").size() >= 1);
    }

    @Test
    void aTokenCallerHasNoSessionOrAccountAndTheSetUpIsClosed() {
        assertEquals(404, api.get("/api/v1/sessions/current").status());
        assertEquals(404, api.get("/api/v1/account").status());
        assertFalse(api.as(null).get("/api/v1/setup").json().path("open").asBoolean());
        var setup = api.as(null).post("/api/v1/setup", "{\"code\":\"guess\",\"password\":\"a-long-enough-password\"}");
        assertEquals(404, setup.status());
    }
}
