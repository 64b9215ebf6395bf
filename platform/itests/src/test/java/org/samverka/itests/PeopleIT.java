package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.HttpCookie;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.samverka.itests.Api.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * People and signing in, over HTTP as a browser meets them: the session cookie and its flags,
 * CSRF, the pause after failed sign-ins, the same access rules as for tokens, admins within
 * their scope, disabling and erasing, a person's own password, and the audit trail of it all.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PeopleIT extends PlatformTestBase {

    private static final String PASSWORD = "kiruna-snow-2026";

    private String port() {
        return context.getProperty(SamverkaContainer.PORT_PROPERTY);
    }

    private String adminPassword() {
        return context.getProperty(SamverkaContainer.ADMIN_PASSWORD_PROPERTY);
    }

    private Browser admin() {
        Browser browser = new Browser(port());
        assertEquals(201, browser.signIn("admin", adminPassword()).status());
        return browser;
    }

    private JsonNode createPerson(Browser as, String username, String role, String scope) {
        Reply created = as.send("POST", "/api/v1/people", "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                + "\",\"role\":\"" + role + "\",\"scope\":\"" + scope + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(created.toString(), 201, created.status());
        return created.json();
    }

    @Test
    public void theAdminFromTheEnvironmentSignsInAndGetsASafeCookie() {
        Browser browser = new Browser(port());
        Reply signedIn = browser.signIn("Admin", adminPassword());
        assertEquals(signedIn.toString(), 201, signedIn.status());
        assertEquals("admin", signedIn.json().path("person").path("username").asText());
        assertEquals("platform-admin", signedIn.json().path("person").path("role").asText());
        assertFalse(signedIn.body().contains("passwordHash"));
        assertFalse(signedIn.body().contains("$2b$"));
        assertEquals("no-store", signedIn.header("Cache-Control"));
        String setCookie = signedIn.header("Set-Cookie");
        assertTrue(setCookie, setCookie.startsWith("samverka_session="));
        assertTrue(setCookie, setCookie.contains("HttpOnly"));
        assertTrue(setCookie, setCookie.contains("SameSite=Lax"));
        assertTrue(setCookie, setCookie.contains("Path=/"));
        assertFalse("plain HTTP: not Secure", setCookie.contains("Secure"));

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
    public void aWrongPasswordAnUnknownNameAndBadInputAreRefusedAlikeAndAudited() {
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
        assertTrue("another site's form cannot sign a browser in: " + form, form.status() == 400 || form.status() == 415);
        assertNull(form.header("Set-Cookie"));

        JsonNode failed = api.get("/api/v1/audit?outcome=SIGN_IN_FAILED").json().path("items");
        assertTrue(failed.toString(), failed.toString().contains("(unknown username)"));
        assertTrue(failed.toString(), failed.toString().contains("\"admin\""));
        assertFalse("a name nobody has is not written down: it is often a password", failed.toString().contains("nobody-at-all"));
        assertFalse("the password tried is never written down", failed.toString().contains("not-the-password"));
    }

    private static void assertNull(Object value) {
        assertTrue("expected nothing, got " + value, value == null);
    }

    @Test
    public void repeatedFailuresPauseTheUsernameEvenForTheRightPassword() {
        createPerson(admin(), "throttled", "viewer", "municipality:kiruna");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Browser(port()).signIn("throttled", "wrong-password-" + i).status());
        }
        Reply last = new Browser(port()).signIn("throttled", "wrong-password-5");
        assertEquals(last.toString(), 429, last.status());
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        Reply right = new Browser(port()).signIn("throttled", PASSWORD);
        assertEquals("paused, also for the right password", 429, right.status());
        assertEquals(201, new Browser(port()).signIn("admin", adminPassword()).status());
        assertTrue(api.get("/api/v1/audit?outcome=SIGN_IN_PAUSED").json().path("items").toString().contains("throttled"));
    }

    @Test
    public void aChangeFromACookieNeedsTheCsrfToken() {
        Browser browser = admin();
        String body = "{\"username\":\"csrf-check\",\"displayName\":\"C\",\"role\":\"viewer\",\"scope\":\"municipality:kiruna\"}";
        String token = browser.csrfToken();
        Reply forged = browser.withoutCsrfToken().send("POST", "/api/v1/people", body);
        assertEquals(forged.toString(), 403, forged.status());
        assertTrue(forged.json().path("detail").asText().contains("X-CSRF-Token"));
        Reply wrongToken = browser.send("POST", "/api/v1/people", body, "X-CSRF-Token", "guessed");
        assertEquals(403, wrongToken.status());
        Reply real = browser.send("POST", "/api/v1/people", body, "X-CSRF-Token", token);
        assertEquals(real.toString(), 201, real.status());
        Reply tokenByAPerson = browser.send("POST", "/api/v1/tokens", "{\"name\":\"made-by-a-person\",\"role\":\"viewer\","
                + "\"scope\":\"municipality:kiruna\"}", "X-CSRF-Token", token);
        assertEquals(tokenByAPerson.toString(), 201, tokenByAPerson.status());
        assertEquals("reads need no token", 200, browser.get("/api/v1/people").status());
    }

    @Test
    public void aKirunaEditorReachesKirunaAndNothingElse() {
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
        assertTrue(entries.toString(), entries.toString().contains("kiruna-editor"));
    }

    @Test
    public void regionAdminsManagePeopleWithinTheirRegionOnly() {
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
        assertFalse("another region's people are not shown", listed.contains("umea-viewer"));
        assertFalse("nor the platform's", listed.contains("\"admin\""));
        String umeaId = admin.get("/api/v1/people").json().findParents("username").stream()
                .filter(p -> p.path("username").asText().equals("umea-viewer")).findFirst().orElseThrow().path("id").asText();
        assertEquals(404, regionAdmin.get("/api/v1/people/" + umeaId).status());
    }

    @Test
    public void badInputNamesEveryFieldAndTakenNamesAreConflicts() {
        Browser admin = admin();
        Reply bad = admin.send("POST", "/api/v1/people", "{\"username\":\"-x\",\"role\":\"boss\",\"scope\":\"planet\","
                + "\"email\":\"no-at\",\"password\":\"short\",\"language\":\"not a tag\"}");
        assertEquals(bad.toString(), 400, bad.status());
        String fields = bad.json().path("errors").findValuesAsText("field").toString();
        for (String field : List.of("username", "displayName", "role", "scope", "email", "password", "language")) {
            assertTrue(field + " in " + fields, fields.contains(field));
        }
        assertFalse(bad.body().contains("short"));
        createPerson(admin, "taken", "viewer", "municipality:kiruna");
        Reply again = admin.send("POST", "/api/v1/people", "{\"username\":\"TAKEN\",\"displayName\":\"T\","
                + "\"role\":\"viewer\",\"scope\":\"municipality:kiruna\"}");
        assertEquals(409, again.status());
    }

    @Test
    public void disablingSignsAPersonOutAtOnceAndConcurrentChangesHaveOneWinner() {
        Browser admin = admin();
        JsonNode person = createPerson(admin, "to-disable", "editor", "municipality:kiruna");
        String id = person.path("id").asText();
        Browser them = new Browser(port());
        assertEquals(201, them.signIn("to-disable", PASSWORD).status());
        assertEquals(200, them.get("/api/v1/municipalities/kiruna").status());

        String change = "{\"displayName\":\"Changed %d\",\"role\":\"editor\",\"scope\":\"municipality:kiruna\"}";
        List<Reply> replies = Concurrently.send(8, i -> admin.send("PUT", "/api/v1/people/" + id, String.format(change, i),
                "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(replies));

        Reply current = admin.get("/api/v1/people/" + id);
        Reply disabled = admin.send("PUT", "/api/v1/people/" + id, "{\"displayName\":\"Gone\",\"role\":\"editor\","
                + "\"scope\":\"municipality:kiruna\",\"disabled\":true}", "If-Match", current.header("ETag"));
        assertEquals(disabled.toString(), 200, disabled.status());
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
    public void aPersonChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
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
        assertEquals(changed.toString(), 204, changed.status());

        assertEquals("this session goes on", 200, here.get("/api/v1/account").status());
        assertEquals("the other one ended", 401, elsewhere.get("/api/v1/account").status());
        assertEquals(401, new Browser(port()).signIn("changer", PASSWORD).status());
        assertEquals(201, new Browser(port()).signIn("changer", "a-new-long-password").status());
        assertTrue(api.get("/api/v1/audit?outcome=COMMITTED").json().path("items").toString().contains("/api/v1/account/password"));
    }

    @Test
    public void aPersonsTokensEndWithTheirStandingAndPasswordsAreSetOnlyForLowerRanks() {
        Browser admin = admin();
        JsonNode regionAdmin = createPerson(admin, "token-maker", "region-admin", "region:norrbotten");
        Browser maker = new Browser(port());
        assertEquals(201, maker.signIn("token-maker", PASSWORD).status());
        Reply made = maker.send("POST", "/api/v1/tokens", "{\"name\":\"for-later\",\"role\":\"region-admin\",\"scope\":\"region:norrbotten\"}");
        assertEquals(made.toString(), 201, made.status());
        Api withToken = api.as(made.json().path("secret").asText());
        assertEquals(200, withToken.get("/api/v1/regions/norrbotten/municipalities").status());

        JsonNode peer = createPerson(admin, "peer-admin", "region-admin", "region:norrbotten");
        Reply peerReset = maker.send("PUT", "/api/v1/people/" + peer.path("id").asText() + "/password",
                "{\"password\":\"taken-over-password\"}", "If-Match", "\"1\"");
        assertEquals("a region-admin does not set another region-admin's password", 409, peerReset.status());
        JsonNode viewer = createPerson(maker, "lower-rank", "viewer", "municipality:kiruna");
        Reply lowerReset = maker.send("PUT", "/api/v1/people/" + viewer.path("id").asText() + "/password",
                "{\"password\":\"a-fresh-passphrase\"}", "If-Match", "\"1\"");
        assertEquals(lowerReset.toString(), 200, lowerReset.status());
        Reply selfReset = maker.send("PUT", "/api/v1/people/" + regionAdmin.path("id").asText() + "/password",
                "{\"password\":\"a-fresh-passphrase\"}", "If-Match", "\"1\"");
        assertEquals("one's own password needs the current one", 409, selfReset.status());

        Reply disabled = admin.send("PUT", "/api/v1/people/" + regionAdmin.path("id").asText(), "{\"displayName\":\"Gone\","
                + "\"role\":\"region-admin\",\"scope\":\"region:norrbotten\",\"disabled\":true}", "If-Match", "\"1\"");
        assertEquals(disabled.toString(), 200, disabled.status());
        assertEquals("a disabled person's tokens end with them", 401, withToken.get("/api/v1/regions/norrbotten/municipalities").status());
    }

    @Test
    public void signingOutEndsTheSessionAndClearsTheCookie() {
        Browser browser = admin();
        HttpCookie before = browser.cookies().getCookieStore().getCookies().get(0);
        assertNotNull(before);
        Reply out = browser.send("DELETE", "/api/v1/sessions/current", null);
        assertEquals(204, out.status());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        Browser replay = new Browser(port());
        replay.cookies().getCookieStore().add(java.net.URI.create("http://localhost:" + port()), before);
        assertEquals("the old cookie is worth nothing", 401, replay.get("/api/v1/account").status());
        assertTrue(api.get("/api/v1/audit?outcome=SIGNED_OUT").json().path("items").size() >= 1);
    }

    @Test
    public void aTokenCallerHasNoSessionOrAccountAndTheSetUpIsClosed() {
        assertEquals(404, api.get("/api/v1/sessions/current").status());
        assertEquals(404, api.get("/api/v1/account").status());
        assertFalse(api.as(null).get("/api/v1/setup").json().path("open").asBoolean());
        Reply setup = api.as(null).post("/api/v1/setup", "{\"code\":\"guess\",\"password\":\"a-long-enough-password\"}");
        assertEquals(404, setup.status());
    }
}
