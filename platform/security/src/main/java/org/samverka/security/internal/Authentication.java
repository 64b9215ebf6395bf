package org.samverka.security.internal;

import java.time.Instant;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
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
 * token everywhere except {@code GET /health} and {@code GET /health/live}: 401 with {@code WWW-Authenticate} otherwise.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("samverka.authentication")
@PreMatching
public final class Authentication implements ContainerRequestFilter {

    private static final String CHALLENGE = "Bearer realm=\"samverka\"";
    /** Readiness and liveness: load balancers and supervisors ask without a token. */
    private static final java.util.Set<String> PUBLIC_PATHS = java.util.Set.of("health", "health/live");

    private final TokenStore tokens;
    private final RequestScope scope;
    private final CorsPolicy cors;

    @Activate
    public Authentication(@Reference TokenStore tokens, @Reference RequestScope scope, @Reference CorsPolicy cors) {
        this.tokens = tokens;
        this.scope = scope;
        this.cors = cors;
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
        if ("GET".equals(request.getMethod()) && PUBLIC_PATHS.contains(request.getUriInfo().getPath().replaceAll("^/|/$", ""))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw ApiProblem.unauthorized("This API needs a token: send 'Authorization: Bearer <token>'.")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
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

    private Response preflight(String origin) {
        if (!cors.allows(origin)) {
            throw ApiProblem.forbidden("Browsers on " + origin + " may not call this API: the origin is not in "
                    + "corsAllowedOrigins of config/org.samverka.security.cfg.");
        }
        return Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE")
                .header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match")
                .header("Access-Control-Max-Age", cors.maxAgeSeconds())
                .header(HttpHeaders.VARY, "Origin")
                .build();
    }
}
