package org.samverka.security.internal;

import java.net.URI;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/people}: admins create, change, disable and erase the people within their
 * scope, by the rules that hold for tokens: never more power nor a wider scope than their own.
 * Nobody changes their own role, scope or standing here (that is how a platform loses its last
 * admin); their own name and password are under {@code /account}.
 */
@Component(service = PeopleResource.class)
@SamverkaResource
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public final class PeopleResource {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");

    /** A password an admin sets for someone. */
    public record NewPassword(String password) {
    }

    private final PersonStore people;
    private final SessionStore sessions;
    private final LocalSignIn signIn;
    private final CallerContext callers;
    private final ScopeChecks scopes;
    private final TokenStore tokens;

    @Activate
    public PeopleResource(@Reference PersonStore people, @Reference SessionStore sessions, @Reference LocalSignIn signIn,
            @Reference CallerContext callers, @Reference TenantDirectory tenants, @Reference TokenStore tokens) {
        this.people = people;
        this.sessions = sessions;
        this.signIn = signIn;
        this.callers = callers;
        this.scopes = new ScopeChecks(tenants);
        this.tokens = tokens;
    }

    /** 200: the people within the caller's scope, by username. */
    @GET
    public List<PersonView> list() {
        Caller caller = caller();
        return people.list().stream().filter(p -> visible(caller, p)).map(PersonView::of).toList();
    }

    /** 201 with an ETag; 400; 403 more power or a wider scope than the caller's; 409 the username is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PersonInput body) {
        Caller caller = caller();
        PersonInput in = Validation.requireBody(body);
        var check = new Validation();
        String username = check.requiredText("username", in.username(), 100);
        check.check(username == null || USERNAME.matcher(PersonStore.normalized(username)).matches(), "username",
                "must be 2 to 100 of a-z, 0-9 and . _ @ + - (an e-mail address will do), starting with a letter or digit");
        String displayName = check.requiredText("displayName", in.displayName(), 200);
        String email = email(check, in.email());
        String language = language(check, in.language());
        Role role = scopes.role(check, in.role());
        Scope scope = scopes.scope(check, role, in.scope());
        if (in.password() != null) {
            Passwords.problemWith(in.password(), username).ifPresent(p -> check.check(false, "password", p));
        }
        check.check(in.disabled() == null || !in.disabled(), "disabled", "a new person starts enabled; disable them later");
        check.throwIfInvalid();
        mayGrant(caller, role, scope);
        if (people.byUsername(username).isPresent()) {
            throw ApiProblem.conflict("The username '" + PersonStore.normalized(username) + "' is taken.");
        }
        Person person = people.create(username, displayName, email, role, scope,
                in.password() == null ? null : signIn.hash(in.password()), language, caller.tokenName());
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/people/" + person.id()), PersonView.of(person),
                person.version());
    }

    /** 200 with an ETag; 404 when not within the caller's scope. */
    @GET
    @Path("{personId}")
    public Response get(@PathParam("personId") String id) {
        Person person = visiblePerson(id);
        return VersionedResponses.ok(PersonView.of(person), person.version());
    }

    /** 200; 400; 403; 404; 409 about oneself; 412; 428. Disabling signs the person out everywhere. */
    @PUT
    @Path("{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("personId") String id, @HeaderParam(IfMatch.HEADER) String ifMatch, PersonInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Caller caller = caller();
        PersonInput in = Validation.requireBody(body);
        Person person = visiblePerson(id);
        var check = new Validation();
        check.check(in.username() == null || PersonStore.normalized(in.username()).equals(person.username()), "username",
                "cannot change; it must be '" + person.username() + "' or left out");
        String displayName = check.requiredText("displayName", in.displayName(), 200);
        String email = email(check, in.email());
        String language = language(check, in.language());
        Role role = scopes.role(check, in.role());
        Scope scope = scopes.scope(check, role, in.scope());
        check.check(in.password() == null, "password", "is set with PUT /api/v1/people/{id}/password");
        check.throwIfInvalid();
        boolean disabled = Boolean.TRUE.equals(in.disabled());
        if (isSelf(caller, person) && (role != person.role() || !scope.equals(person.scope()) || disabled)) {
            throw ApiProblem.conflict("You cannot change your own role, scope or standing: ask another admin.");
        }
        mayGrant(caller, role, scope);
        Person changed = people.update(id, precondition, displayName, email, role, scope, disabled, language);
        if (disabled) {
            sessions.endAllOf(id, null);
        }
        if (disabled || role != person.role() || !scope.equals(person.scope())) {
            tokens.revokeCreatedBy(Person.CALLER_PREFIX + id);
        }
        sessions.personChanged(id);
        return VersionedResponses.ok(PersonView.of(changed), changed.version());
    }

    /**
     * 200: the person's new password is set and their sessions ended; 400; 404; 409 for oneself
     * (use /account/password, which asks for the current one), for a person of the caller's own
     * rank or above (unless the caller is the platform-admin), and for a person who signs in
     * only through single sign-on (a password would go around the provider); 412; 428.
     */
    @PUT
    @Path("{personId}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPassword(@PathParam("personId") String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            NewPassword body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        NewPassword in = Validation.requireBody(body);
        Caller caller = caller();
        Person person = visiblePerson(id);
        if (isSelf(caller, person)) {
            throw ApiProblem.conflict("Change your own password with PUT /api/v1/account/password, which asks for the current one.");
        }
        if (caller.role() != Role.PLATFORM_ADMIN && person.role().includes(caller.role())) {
            throw ApiProblem.conflict("A " + caller.role().id() + " sets passwords only for people of a lower role; ask the "
                    + "platform-admin.");
        }
        if (person.passwordHash() == null && person.ssoSubject() != null) {
            throw ApiProblem.conflict("'" + person.username() + "' signs in through single sign-on; a password would go around "
                    + "the provider.");
        }
        var check = new Validation();
        Passwords.problemWith(in.password(), person.username()).ifPresent(p -> check.check(false, "password", p));
        check.throwIfInvalid();
        Person changed = people.setPassword(id, precondition, signIn.hash(in.password()));
        sessions.endAllOf(id, null);
        return VersionedResponses.ok(PersonView.of(changed), changed.version());
    }

    /** 204: the person and their sessions are erased; 404; 409 oneself; 412; 428. */
    @DELETE
    @Path("{personId}")
    public Response delete(@PathParam("personId") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Caller caller = caller();
        Person person = visiblePerson(id);
        if (isSelf(caller, person)) {
            throw ApiProblem.conflict("You cannot erase your own account: ask another admin.");
        }
        people.delete(id, precondition);
        sessions.personChanged(id);
        tokens.revokeCreatedBy(Person.CALLER_PREFIX + id);
        return Response.noContent().build();
    }

    /** Whether a (normalised) username is one Samverka takes: also for names from a provider's claims. */
    static boolean validUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    static String email(Validation check, String email) {
        String value = check.optionalText("email", email, 254);
        check.check(value == null || value.matches("[^@\\s]+@[^@\\s]+"), "email", "must look like name@example.se");
        return value;
    }

    static String language(Validation check, String language) {
        String value = check.optionalText("language", language, 35);
        if (value != null) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(value).build();
                check.check(!locale.getLanguage().isEmpty(), "language", "must be a language tag such as sv, nb or en");
                return locale.toLanguageTag();
            } catch (IllformedLocaleException e) {
                check.check(false, "language", "must be a language tag such as sv, nb or en");
            }
        }
        return value;
    }

    private void mayGrant(Caller caller, Role role, Scope scope) {
        if (!AccessPolicy.mayGrant(caller, role, scope, scopes)) {
            throw ApiProblem.forbidden("A " + caller.role().id() + " for " + caller.scope() + " may not make someone a "
                    + role.id() + " for " + scope + ": never more power or a wider scope than your own.");
        }
    }

    private Person visiblePerson(String id) {
        Caller caller = caller();
        return people.find(id).filter(p -> visible(caller, p))
                .orElseThrow(() -> ApiProblem.notFound("There is no person '" + id + "' within your scope."));
    }

    private boolean visible(Caller caller, Person person) {
        return AccessPolicy.mayGrant(caller, Role.VIEWER, person.scope(), scopes);
    }

    private static boolean isSelf(Caller caller, Person person) {
        return Person.isPerson(caller) && Person.idOf(caller).equals(person.id());
    }

    private Caller caller() {
        return callers.current().orElseThrow(() -> ApiProblem.unauthorized("Sign in first."));
    }
}
