package org.samverka.security.internal;

import java.time.Instant;

import jakarta.ws.rs.Consumes;
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
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;

/**
 * {@code /api/v1/setup}: the first start's one-time set-up. {@code GET} tells whether it is open;
 * {@code POST} with the code of the printed link and a password creates the platform-admin
 * {@code admin} and signs them in.
 */
@Component(service = SetupResource.class)
@SamverkaResource
@Path("setup")
@Produces(MediaType.APPLICATION_JSON)
public final class SetupResource {

    /** Whether the set-up is still open. */
    public record SetupState(boolean open) {
    }

    /** The code from the link and the admin's password. */
    public record SetupInput(String code, String password) {
    }

    private final PeopleBootstrap bootstrap;
    private final SessionStore sessions;
    private final SessionResource sessionAnswers;

    @Activate
    public SetupResource(@Reference PeopleBootstrap bootstrap, @Reference SessionStore sessions,
            @Reference SessionResource sessionAnswers) {
        this.bootstrap = bootstrap;
        this.sessions = sessions;
        this.sessionAnswers = sessionAnswers;
    }

    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @GET
    public SetupState state() {
        return new SetupState(bootstrap.setupOpen());
    }

    /** 201 signed in as {@code admin}; 400 the password breaks a rule; 404 no open set-up or a wrong code. */
    @Operation(extensions = @Extension(properties = @ExtensionProperty(name = "samverka-open", value = "true", parseValue = true)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(SetupInput body, @Context UriInfo uri, @HeaderParam("X-Forwarded-Proto") String proto) {
        SetupInput in = Validation.requireBody(body);
        var check = new Validation();
        check.requiredText("code", in.code(), 100);
        Passwords.problemWith(in.password(), PeopleBootstrap.ADMIN).ifPresent(p -> check.check(false, "password", p));
        check.throwIfInvalid();
        Instant now = Instant.now();
        Person admin = bootstrap.completeSetup(in.code(), in.password(), now)
                .orElseThrow(() -> ApiProblem.notFound("There is no open set-up with this code: it was used already, "
                        + "or Samverka restarted and printed a new link."));
        return sessionAnswers.started(sessions.create(admin, "password", now), uri, proto);
    }
}
