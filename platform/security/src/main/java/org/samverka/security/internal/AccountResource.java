package org.samverka.security.internal;

import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.CallerContext;
import org.samverka.api.storage.ExpectedVersion;

/**
 * {@code /api/v1/account}: the signed-in person's own account. They change their name, their
 * language and their password; their role and scope only an admin changes.
 */
@Component(service = AccountResource.class)
@SamverkaResource
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
public final class AccountResource {

    /** What a person may change of their own account. */
    public record AccountInput(String displayName, String email, String language) {
    }

    /** A new password, with the current one as proof. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    private final PersonStore people;
    private final SessionStore sessions;
    private final LocalSignIn signIn;
    private final CallerContext callers;
    private final RequestScope scope;

    @Activate
    public AccountResource(@Reference PersonStore people, @Reference SessionStore sessions, @Reference LocalSignIn signIn,
            @Reference CallerContext callers, @Reference RequestScope scope) {
        this.people = people;
        this.sessions = sessions;
        this.signIn = signIn;
        this.callers = callers;
        this.scope = scope;
    }

    /** 200 with an ETag; 404 when the caller is an API token. */
    @GET
    public Response get() {
        Person me = me();
        return VersionedResponses.ok(PersonView.of(me), me.version());
    }

    /** 200; 400; 412 changed meanwhile; 428 without If-Match. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@HeaderParam(IfMatch.HEADER) String ifMatch, AccountInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        AccountInput in = Validation.requireBody(body);
        Person me = me();
        var check = new Validation();
        String displayName = check.requiredText("displayName", in.displayName(), 200);
        String email = PeopleResource.email(check, in.email());
        String language = PeopleResource.language(check, in.language());
        check.throwIfInvalid();
        Person changed = people.update(me.id(), precondition, displayName, email, me.role(), me.scope(), me.disabled(), language);
        sessions.personChanged(me.id());
        return VersionedResponses.ok(PersonView.of(changed), changed.version());
    }

    /** 204: changed, and every other session of the person ended; 400 the new one breaks a rule or the current one is wrong; 429. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange body) {
        PasswordChange in = Validation.requireBody(body);
        Person me = me();
        var check = new Validation();
        check.check(in.currentPassword() != null && !in.currentPassword().isEmpty(), "currentPassword", "is required");
        Passwords.problemWith(in.newPassword(), me.username()).ifPresent(p -> check.check(false, "newPassword", p));
        check.throwIfInvalid();
        if (!signIn.confirms(me, in.currentPassword(), Instant.now())) {
            throw ApiProblem.invalid("currentPassword", "is not your current password");
        }
        people.setPassword(me.id(), ExpectedVersion.exactly(me.version()), signIn.hash(in.newPassword()));
        sessions.endAllOf(me.id(), scope.session().map(SessionStore.SignedIn::hash).orElse(null));
        sessions.personChanged(me.id());
        return Response.noContent().build();
    }

    private Person me() {
        var caller = callers.current().orElseThrow(() -> ApiProblem.unauthorized("Sign in first."));
        if (!Person.isPerson(caller)) {
            throw ApiProblem.notFound("This request was made with an API token: only a person who signed in has an account.");
        }
        return people.find(Person.idOf(caller)).orElseThrow(() -> ApiProblem.unauthorized("Your account no longer exists."));
    }
}
