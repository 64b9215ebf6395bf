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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;

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

    private Response refused(String reason) {
        audit.failedSignIn("(single sign-on)", null, ApiPaths.BASE + "/sessions/oidc/callback", AuditEvents.SIGN_IN_FAILED);
        LOG.info("A single sign-on was refused: {}", reason);
        return Response.seeOther(URI.create("/?signin=failed")).header("Cache-Control", "no-store").cookie(forgetBrowser()).build();
    }

    private static jakarta.ws.rs.core.NewCookie forgetBrowser() {
        return new jakarta.ws.rs.core.NewCookie.Builder(BROWSER_COOKIE).value("").path(COOKIE_PATH).httpOnly(true).maxAge(0)
                .sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).build();
    }

    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @GET
    public Offer offer() {
        boolean on = oidc.enabled();
        return new Offer(on, on ? oidc.displayName() : null, on ? ApiPaths.BASE + "/sessions/oidc/start" : null);
    }

    /** The cookie that ties a sign-in begun in a browser to that browser; it lives as long as a sign-in may take. */
    static final String BROWSER_COOKIE = "samverka_oidc";
    private static final String COOKIE_PATH = ApiPaths.BASE + "/sessions/oidc";

    /** 303 to the provider; 404 when single sign-on is off; 503 when the provider cannot be reached. */
    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @GET
    @Path("start")
    public Response start(@Context UriInfo uri, @HeaderParam("X-Forwarded-Proto") String proto) {
        if (!oidc.enabled()) {
            throw ApiProblem.notFound("Single sign-on is not configured (config/org.samverka.security.oidc.cfg).");
        }
        try {
            OidcSignIn.Started started = oidc.start(oidc.redirectUri(uri.getBaseUri()));
            return Response.seeOther(started.location()).header("Cache-Control", "no-store")
                    .cookie(new jakarta.ws.rs.core.NewCookie.Builder(BROWSER_COOKIE).value(started.browserSecret()).path(COOKIE_PATH)
                            .httpOnly(true).secure(SessionCookie.secure(sessions.config().sessionCookieSecure(), uri.getRequestUri(), proto))
                            .maxAge((int) OidcSignIn.PATIENCE.toSeconds()).sameSite(jakarta.ws.rs.core.NewCookie.SameSite.LAX).build())
                    .build();
        } catch (OidcSignIn.Refused e) {
            LOG.warn("Single sign-on could not begin: {}", e.reason);
            throw new ApiProblem(503, ApiProblem.TYPE_BLANK, "Service Unavailable", "The sign-in provider cannot be reached "
                    + "right now; try again in a moment, or sign in with a password.", java.util.List.of())
                    .withHeader("Retry-After", "30");
        }
    }

    /** 303 to the web app, signed in (with the session cookie) or with {@code ?signin=failed}. */
    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("error") String error, @jakarta.ws.rs.CookieParam(BROWSER_COOKIE) String browser, @Context UriInfo uri,
            @HeaderParam("X-Forwarded-Proto") String proto) {
        if (!oidc.enabled()) {
            throw ApiProblem.notFound("Single sign-on is not configured (config/org.samverka.security.oidc.cfg).");
        }
        try {
            if (error != null) {
                throw new OidcSignIn.Refused("the provider answered " + error);
            }
            Person person = oidc.finish(code, state, browser);
            Response signedIn = sessionAnswers.started(sessions.create(person, "oidc", Instant.now()), uri, proto);
            java.util.List<jakarta.ws.rs.core.NewCookie> cookies = new java.util.ArrayList<>(signedIn.getCookies().values());
            cookies.add(forgetBrowser());
            return Response.seeOther(URI.create("/")).cookie(cookies.toArray(jakarta.ws.rs.core.NewCookie[]::new))
                    .header("Cache-Control", "no-store").build();
        } catch (OidcSignIn.Refused e) {
            return refused(e.reason);
        } catch (RuntimeException e) {
            // A provider's odd answer or a storage conflict (two first sign-ins of one person at once) is
            // still a refused sign-in for the browser, never an error page.
            return refused(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
