package org.samverka.security.internal;

import java.net.URI;
import java.time.Instant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/sessions/oidc}: single sign-on. {@code GET} says whether it is on and what the
 * button says; {@code start} sends the browser to the provider; the provider sends it back to
 * {@code callback}, which signs the person in and sends the browser to the web app (or to the web
 * app with {@code ?signin=failed}, the reason in the audit trail).
 */
@Component(service = OidcResource.class)
@SamverkaResource
@Path("sessions/oidc")
@Produces(MediaType.APPLICATION_JSON)
public final class OidcResource {

    private static final Logger LOG = LoggerFactory.getLogger(OidcResource.class);

    /** What the sign-in page needs to know. */
    public record Offer(boolean enabled, String displayName, String start) {
    }

    private final OidcSignIn oidc;
    private final SessionStore sessions;
    private final SessionResource sessionAnswers;
    private final AuditEvents audit;

    @Activate
    public OidcResource(@Reference OidcSignIn oidc, @Reference SessionStore sessions, @Reference SessionResource sessionAnswers,
            @Reference AuditEvents audit) {
        this.oidc = oidc;
        this.sessions = sessions;
        this.sessionAnswers = sessionAnswers;
        this.audit = audit;
    }

    @GET
    public Offer offer() {
        boolean on = oidc.enabled();
        return new Offer(on, on ? oidc.displayName() : null, on ? ApiPaths.BASE + "/sessions/oidc/start" : null);
    }

    /** 303 to the provider; 404 when single sign-on is off; 503 when the provider cannot be reached. */
    @GET
    @Path("start")
    public Response start(@Context UriInfo uri) {
        if (!oidc.enabled()) {
            throw ApiProblem.notFound("Single sign-on is not configured (config/org.samverka.security.oidc.cfg).");
        }
        try {
            return Response.seeOther(oidc.start(oidc.redirectUri(uri.getBaseUri()))).header("Cache-Control", "no-store").build();
        } catch (OidcSignIn.Refused e) {
            LOG.warn("Single sign-on could not begin: {}", e.reason);
            throw new ApiProblem(503, ApiProblem.TYPE_BLANK, "Service Unavailable", "The sign-in provider cannot be reached "
                    + "right now; try again in a moment, or sign in with a password.", java.util.List.of())
                    .withHeader("Retry-After", "30");
        }
    }

    /** 303 to the web app, signed in (with the session cookie) or with {@code ?signin=failed}. */
    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("error") String error, @Context UriInfo uri, @HeaderParam("X-Forwarded-Proto") String proto) {
        if (!oidc.enabled()) {
            throw ApiProblem.notFound("Single sign-on is not configured (config/org.samverka.security.oidc.cfg).");
        }
        try {
            if (error != null) {
                throw new OidcSignIn.Refused("the provider answered " + error);
            }
            Person person = oidc.finish(code, state);
            Response signedIn = sessionAnswers.started(sessions.create(person, "oidc", Instant.now()), uri, proto);
            return Response.seeOther(URI.create("/")).cookie(signedIn.getCookies().values().toArray(jakarta.ws.rs.core.NewCookie[]::new))
                    .header("Cache-Control", "no-store").build();
        } catch (OidcSignIn.Refused e) {
            audit.failedSignIn("(single sign-on)", null, ApiPaths.BASE + "/sessions/oidc/callback", AuditEvents.SIGN_IN_FAILED);
            LOG.info("A single sign-on was refused: {}", e.reason);
            return Response.seeOther(URI.create("/?signin=failed")).header("Cache-Control", "no-store").build();
        }
    }
}
