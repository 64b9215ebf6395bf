package org.samverka.security.internal;

import java.time.Instant;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.samverka.api.rest.ApiProblem;

/**
 * First thing for every request: answers allowed CORS preflights, then requires a valid bearer
 * token or the session cookie of a signed-in person everywhere except {@code GET /health},
 * {@code GET /health/live}, signing in and the first start's set-up: 401 with
 * {@code WWW-Authenticate} otherwise. A change made with a session cookie must also carry the
 * session's CSRF token in {@code X-CSRF-Token} (403 otherwise): another site can make a browser
 * send the cookie, but cannot read the token.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("samverka.authentication")
@PreMatching
public final class Authentication implements ContainerRequestFilter {

    private static final String CHALLENGE = "Bearer realm=\"samverka\"";
    /** Readiness and liveness: load balancers and supervisors ask without a token. */
    private static final java.util.Set<String> PUBLIC_PATHS = java.util.Set.of("GET health", "GET health/live",
            "POST sessions", "GET setup", "POST setup", "GET sessions/oidc", "GET sessions/oidc/start",
            "GET sessions/oidc/callback");
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final TokenStore tokens;
    private final RequestScope scope;
    private final CorsPolicy cors;
    private final SessionStore sessions;

    @Activate
    public Authentication(@Reference TokenStore tokens, @Reference RequestScope scope, @Reference CorsPolicy cors,
            @Reference SessionStore sessions) {
        this.tokens = tokens;
        this.scope = scope;
        this.cors = cors;
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        scope.begin(null);
        String origin = request.getHeaderString("Origin");
        if ("OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            request.abortWith(preflight(origin));
            return;
        }
        boolean publicPath = PUBLIC_PATHS.contains(request.getMethod() + " "
                + request.getUriInfo().getPath().replaceAll("^/|/$", ""));
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if ((header == null || header.isBlank()) && !publicPath) {
            Cookie cookie = request.getCookies().getOrDefault(SessionCookie.SECURE_NAME, request.getCookies().get(SessionCookie.NAME));
            if (cookie != null) {
                signedIn(request, cookie.getValue());
                return;
            }
        }
        if (publicPath && (header == null || header.isBlank())) {
            return;
        }
        if (header == null || header.isBlank()) {
            throw ApiProblem.unauthorized("This API needs a token: send 'Authorization: Bearer <token>', or sign in "
                    + "with POST /api/v1/sessions.").withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiProblem.unauthorized("Only bearer tokens are accepted: 'Authorization: Bearer <token>'.")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        var token = tokens.authenticate(header.substring(7).strip(), Instant.now())
                .orElseThrow(() -> ApiProblem.unauthorized("The token is unknown, revoked or expired.")
                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\""));
        scope.begin(token.caller());
    }

    private void signedIn(ContainerRequestContext request, String secret) {
        var session = sessions.authenticate(secret, Instant.now())
                .orElseThrow(() -> ApiProblem.unauthorized("Your session has ended (you signed out, were away too long, "
                        + "or your account was changed): sign in again.").withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String csrf = request.getHeaderString(CSRF_HEADER);
            if (csrf == null || !TokenSecrets.sameHash(csrf.strip(), session.csrfToken())) {
                throw ApiProblem.forbidden("A change made from a signed-in browser needs the header " + CSRF_HEADER
                        + " with the csrfToken of GET /api/v1/sessions/current.");
            }
        }
        scope.beginSession(session);
    }

    private Response preflight(String origin) {
        if (!cors.allows(origin)) {
            throw ApiProblem.forbidden("Browsers on " + origin + " may not call this API: the origin is not in "
                    + "corsAllowedOrigins of config/org.samverka.security.cfg.");
        }
        return Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE")
                .header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match, " + CSRF_HEADER)
                .header("Access-Control-Max-Age", cors.maxAgeSeconds())
                .header(HttpHeaders.VARY, "Origin")
                .build();
    }
}
