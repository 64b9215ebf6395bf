package org.samverka.security.internal;

import java.net.URI;
import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.samverka.api.rest.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;

/**
 * {@code /api/v1/sessions}: a person signs in with a username and password and gets the session
 * cookie; {@code current} tells a signed-in browser who it is and its CSRF token; deleting it
 * signs out. Signing in takes JSON only, so no other site's form can sign a browser in.
 */
@Component(service = SessionResource.class)
@SamverkaResource
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    /** What a person sends to sign in. */
    public record SignInInput(String username, String password) {
    }

    private final LocalSignIn signIn;
    private final SessionStore sessions;
    private final PersonStore people;
    private final RequestScope scope;
    private final AuditEvents audit;

    @Activate
    public SessionResource(@Reference LocalSignIn signIn, @Reference SessionStore sessions, @Reference PersonStore people,
            @Reference RequestScope scope, @Reference AuditEvents audit) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.people = people;
        this.scope = scope;
        this.audit = audit;
    }

    /** 201 with the session cookie; 400 missing fields; 401 wrong name, password or a disabled person; 429 paused. */
    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(SignInInput body, @Context UriInfo uri, @HeaderParam("X-Forwarded-Proto") String proto) {
        if (body == null) {
            throw ApiProblem.badRequest("Send {\"username\", \"password\"} as JSON.");
        }
        var check = new Validation();
        String username = check.requiredText("username", body.username(), 100);
        check.check(body.password() != null && !body.password().isEmpty(), "password", "is required");
        check.throwIfInvalid();
        Instant now = Instant.now();
        Person person = signIn.verify(username, body.password(), now);
        return started(sessions.create(person, "password", now), uri, proto);
    }

    /** The answer to any sign-in that succeeded: the cookie, the session, an audit entry. */
    Response started(SessionStore.Created created, UriInfo uri, String proto) {
        Person person = created.session().person();
        people.signedIn(person.id(), created.session().createdAt());
        audit.record(person.caller(), "POST", ApiPaths.BASE + "/sessions", AuditEvents.SIGNED_IN);
        return Response.created(URI.create(ApiPaths.BASE + "/sessions/current"))
                .cookie(SessionCookie.of(created.secret(), secure(uri, proto)))
                .header("Cache-Control", "no-store")
                .entity(SessionView.of(created.session(), sessions.idle())).build();
    }

    /** 200: the signed-in person and the CSRF token; 404 when the request came with a token, not a session. */
    @GET
    @Path("current")
    public Response current() {
        var session = scope.session().orElseThrow(() -> ApiProblem.notFound(
                "This request was made with an API token, not from a signed-in browser: there is no session."));
        return Response.ok(SessionView.of(session, sessions.idle())).header("Cache-Control", "no-store").build();
    }

    /** 204: signed out, the cookie cleared (also when there was no session). */
    @DELETE
    @Path("current")
    public Response signOut(@Context UriInfo uri, @HeaderParam("X-Forwarded-Proto") String proto) {
        scope.session().ifPresent(s -> {
            sessions.end(s.hash());
            audit.record(s.person().caller(), "DELETE", ApiPaths.BASE + "/sessions/current", AuditEvents.SIGNED_OUT);
        });
        return Response.noContent().cookie(SessionCookie.cleared(secure(uri, proto))).build();
    }

    private boolean secure(UriInfo uri, String proto) {
        return SessionCookie.secure(sessions.config().sessionCookieSecure(), uri.getRequestUri(), proto);
    }
}
