package org.samverka.security.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;
import org.samverka.api.tenant.TenantDirectory;

/**
 * {@code /api/v1/tokens}: admins create, list and revoke tokens within their scope. A token's
 * secret is in the answer to its creation and nowhere else, ever.
 */
@Component(service = TokenResource.class)
@SamverkaResource
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {

    private final TokenStore tokens;
    private final CallerContext callers;
    private final ScopeChecks scopes;

    @Activate
    public TokenResource(@Reference TokenStore tokens, @Reference CallerContext callers, @Reference TenantDirectory tenants) {
        this.tokens = tokens;
        this.callers = callers;
        this.scopes = new ScopeChecks(tenants);
    }

    /** 201 with the secret, shown only now; 400 invalid; 403 more power or a wider scope than the caller's. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenInput body) {
        Caller caller = caller();
        if (body == null) {
            throw ApiProblem.badRequest("Send the token as JSON: {\"name\", \"role\", \"scope\", \"expiresAt\" (optional)}.");
        }
        var check = new Validation();
        String name = check.requiredText("name", body.name(), 100);
        Role role = scopes.role(check, body.role());
        Scope scope = scopes.scope(check, role, body.scope());
        check.check(body.expiresAt() == null || body.expiresAt().isAfter(Instant.now()), "expiresAt", "must be in the future");
        check.instant("expiresAt", body.expiresAt());
        check.throwIfInvalid();
        if (!AccessPolicy.mayGrant(caller, role, scope, scopes)) {
            throw ApiProblem.forbidden("A " + caller.role().id() + " token for " + caller.scope()
                    + " may not create a " + role.id() + " token for " + scope + ": never more power or a wider scope than its own.");
        }
        String secret = TokenSecrets.newSecret();
        Token token = tokens.create(name, role, scope, body.expiresAt(), caller.tokenId(), secret);
        return Response.created(URI.create(ApiPaths.BASE + "/tokens/" + token.id()))
                .entity(TokenView.of(token, secret)).build();
    }

    /** 200: the tokens whose scope lies within the caller's, oldest first, without secrets. */
    @GET
    public List<TokenView> list() {
        Caller caller = caller();
        return tokens.list().stream().filter(t -> visible(caller, t)).map(t -> TokenView.of(t, null)).toList();
    }

    /** 200; 404 when there is no such token within the caller's scope. */
    @GET
    @Path("{tokenId}")
    public TokenView get(@PathParam("tokenId") String id) {
        return TokenView.of(visibleToken(id), null);
    }

    /** 204: revoked at once (also when it already was); 404 when not within the caller's scope. */
    @DELETE
    @Path("{tokenId}")
    public Response revoke(@PathParam("tokenId") String id) {
        tokens.revoke(visibleToken(id).id());
        return Response.noContent().build();
    }

    private Token visibleToken(String id) {
        Caller caller = caller();
        return tokens.find(id).filter(t -> visible(caller, t))
                .orElseThrow(() -> ApiProblem.notFound("There is no token '" + id + "' within your scope."));
    }

    private boolean visible(Caller caller, Token token) {
        return AccessPolicy.mayGrant(caller, Role.VIEWER, token.scope(), scopes);
    }

    private Caller caller() {
        return callers.current().orElseThrow(() -> ApiProblem.unauthorized("This request needs a token."));
    }
}
