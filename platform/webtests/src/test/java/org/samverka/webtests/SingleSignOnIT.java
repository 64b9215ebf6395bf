package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Single sign-on against a real OpenID Connect provider started in the test: the authorization
 * code flow with PKCE over HTTP as a browser follows it, claims mapped to role and scope, refusals
 * that land on the sign-in page, and the sign-in button in a real Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MockOAuth2Server provider = new MockOAuth2Server();
    private RunningSamverka samverka;

    @BeforeAll
    void start() throws Exception {
        provider.start();
        String issuer = provider.issuerUrl("norrbotten").toString();
        samverka = new RunningSamverka("SingleSignOnIT", Map.of("org.samverka.security.oidc.cfg", String.join("\n",
                "enabled=true",
                "issuer=" + issuer,
                "clientId=samverka",
                "clientSecret=not-checked-by-the-test-provider",
                "displayName=Region Norrbotten",
                "usernameClaim=preferred_username",
                "roleClaim=groups",
                "roleMappings=kiruna-editors=editor@municipality:kiruna,norrbotten-admins=region-admin@region:norrbotten",
                "")));
    }

    @AfterAll
    void stop() throws Exception {
        if (samverka != null) {
            samverka.close();
        }
        provider.shutdown();
    }

    private void nextSignIn(String subject, Map<String, Object> claims) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("norrbotten", subject, "JWT", List.of("samverka"), claims, 3600));
    }

    /** Follows the flow as a browser does, redirect by redirect; answers where it ended and the client with its cookies. */
    private record Landing(String location, HttpClient client) {
    }

    private Landing signInThroughTheProvider() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String next = samverka.base + "/api/v1/sessions/oidc/start";
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(next)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                throw new AssertionError(next + " answered " + response.statusCode() + " " + response.body());
            }
            next = URI.create(next).resolve(location).toString();
            if (next.startsWith(samverka.base) && !next.contains("/api/v1/sessions/oidc/")) {
                return new Landing(next.substring(samverka.base.length()), client);
            }
        }
        throw new AssertionError("no landing after five redirects: " + next);
    }

    private JsonNode get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(samverka.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        com.fasterxml.jackson.databind.node.ObjectNode body = response.body().isBlank() ? JSON.createObjectNode()
                : (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(response.body());
        return body.put("_status", response.statusCode());
    }

    @Test
    void theSignInPageLearnsThatSingleSignOnIsOn() throws Exception {
        JsonNode offer = get(HttpClient.newHttpClient(), "/api/v1/sessions/oidc");
        assertTrue(offer.path("enabled").asBoolean());
        assertEquals("Region Norrbotten", offer.path("displayName").asText());
    }

    @Test
    void aKirunaEditorFromTheProviderBecomesAPersonWithTheMappedRole() throws Exception {
        nextSignIn("entra-object-id-1", Map.of("preferred_username", "anna.lind@kiruna.se", "name", "Anna Lind",
                "email", "anna.lind@kiruna.se", "groups", List.of("staff", "kiruna-editors")));
        Landing landing = signInThroughTheProvider();
        assertEquals("/", landing.location());
        JsonNode session = get(landing.client(), "/api/v1/sessions/current");
        assertEquals(200, session.path("_status").asInt(), session.toString());
        assertEquals("anna.lind@kiruna.se", session.path("person").path("username").asText());
        assertEquals("editor", session.path("person").path("role").asText());
        assertEquals("municipality:kiruna", session.path("person").path("scope").asText());
        assertEquals("oidc", session.path("method").asText());
        assertEquals(List.of("oidc").toString(), session.path("person").path("signInMethods").toString().replace("\"", ""));
        assertEquals(200, get(landing.client(), "/api/v1/municipalities/kiruna").path("_status").asInt());
        assertEquals(403, get(landing.client(), "/api/v1/municipalities/lulea").path("_status").asInt());

        nextSignIn("entra-object-id-1", Map.of("preferred_username", "anna.lind@kiruna.se", "groups", List.of("norrbotten-admins")));
        JsonNode again = get(signInThroughTheProvider().client(), "/api/v1/sessions/current");
        assertEquals("region-admin", again.path("person").path("role").asText(), "the same person, re-scoped by the claims");
        assertEquals(session.path("person").path("id").asText(), again.path("person").path("id").asText());
    }

    @Test
    void someoneWithoutAMappedRoleIsSentBackToTheSignInPage() throws Exception {
        nextSignIn("entra-object-id-2", Map.of("preferred_username", "visitor@example.se", "groups", List.of("staff")));
        Landing landing = signInThroughTheProvider();
        assertEquals("/?signin=failed", landing.location());
        assertEquals(401, get(landing.client(), "/api/v1/sessions/current").path("_status").asInt());
    }

    /** The flow up to the provider's answer: the client that began it and the callback URL it was given. */
    private record Answer(HttpClient client, String callback) {
    }

    private Answer upToTheCallback() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String next = samverka.base + "/api/v1/sessions/oidc/start";
        while (!next.contains("/api/v1/sessions/oidc/callback")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(next)).build(), HttpResponse.BodyHandlers.ofString());
            next = URI.create(next).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
        }
        return new Answer(client, next);
    }

    private String landing(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElseThrow();
    }

    @Test
    void aCallbackWorksOnceAndOnlyInTheBrowserThatBeganTheSignIn() throws Exception {
        nextSignIn("entra-object-id-4", Map.of("preferred_username", "attacker@example.se", "groups", List.of("kiruna-editors")));
        Answer answer = upToTheCallback();
        HttpClient victim = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals("/?signin=failed", landing(victim, answer.callback()), "a callback link made by someone else signs nobody in");
        assertEquals(401, get(victim, "/api/v1/sessions/current").path("_status").asInt());

        // The refused callback never reached the provider's token endpoint: the claims queued above are still there.
        Answer own = upToTheCallback();
        assertEquals("/", landing(own.client(), own.callback()));
        assertEquals("/?signin=failed", landing(own.client(), own.callback()), "the same callback twice");
    }

    @Test
    void aPersonWhoseRoleCameFromTheProviderLosesItWithTheClaim() throws Exception {
        nextSignIn("entra-object-id-5", Map.of("preferred_username", "leaver@kiruna.se", "groups", List.of("kiruna-editors")));
        assertEquals("/", signInThroughTheProvider().location());
        nextSignIn("entra-object-id-5", Map.of("preferred_username", "leaver@kiruna.se", "groups", List.of("staff")));
        assertEquals("/?signin=failed", signInThroughTheProvider().location());

        nextSignIn("entra-object-id-6", Map.of("preferred_username", "x".repeat(120), "groups", List.of("kiruna-editors")));
        assertEquals("/?signin=failed", signInThroughTheProvider().location(), "a username claim Samverka cannot use");
    }

    @Test
    void aCallbackNobodyBeganIsRefused() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(samverka.base
                + "/api/v1/sessions/oidc/callback?code=stolen&state=made-up")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, forged.statusCode());
        assertEquals("/?signin=failed", forged.headers().firstValue("Location").orElseThrow());
        assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("samverka_session=")),
                "no session: " + forged.headers().allValues("Set-Cookie"));
    }

    @Test
    void theSignInButtonTakesABrowserThroughTheProviderAndBack() throws Exception {
        Chrome.assumeInstalled();
        nextSignIn("entra-object-id-3", Map.of("preferred_username", "kim@kiruna.se", "name", "Kim Kiruna",
                "groups", List.of("kiruna-editors")));
        try (Chrome chrome = new Chrome(samverka.base, "sv")) {
            chrome.open("/");
            chrome.awaitHeading("Logga in");
            chrome.assertAccessible("sign-in with single sign-on (sv)");
            chrome.find("#sso").click();
            chrome.awaitHeading("Dina metoder");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Kim Kiruna"));

            chrome.open("/?signin=failed");
            chrome.awaitHeading("Dina metoder");
        }
        try (Chrome chrome = new Chrome(samverka.base, "en")) {
            chrome.open("/?signin=failed");
            chrome.awaitHeading("Sign in");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .error"), "Single sign-on did not sign you in"));
            chrome.assertAccessible("sign-in after a refused single sign-on");
        }
    }
}
