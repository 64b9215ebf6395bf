package org.samverka.security.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;
import org.samverka.api.security.Scope;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;
import org.samverka.api.tenant.TenantKind;

/**
 * {@code GET /api/v1/audit}: committed changes and refused write attempts within the admin's
 * scope, newest first, filtered and paged.
 */
@Component(service = AuditResource.class)
@SamverkaResource
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    private static final List<String> OUTCOMES = List.of("COMMITTED", "DENIED", AuditEvents.SIGNED_IN, AuditEvents.SIGN_IN_FAILED,
            AuditEvents.SIGN_IN_PAUSED, AuditEvents.SIGNED_OUT);

    private final AuditLog log;
    private final CallerContext callers;
    private final TenantDirectory tenants;

    @Activate
    public AuditResource(@Reference AuditLog log, @Reference CallerContext callers, @Reference TenantDirectory tenants) {
        this.log = log;
        this.callers = callers;
        this.tenants = tenants;
    }

    /**
     * 200 with a page; 400 for a malformed filter. {@code tenant} is {@code region:<id>} or
     * {@code municipality:<id>}; {@code from}/{@code to} are ISO-8601 instants; {@code outcome}
     * is {@code COMMITTED}, {@code DENIED}, {@code SIGNED_IN}, {@code SIGN_IN_FAILED}, {@code SIGN_IN_PAUSED} or
     * {@code SIGNED_OUT}.
     */
    @GET
    public Page<AuditEntry> list(@QueryParam("tenant") String tenant, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("token") String tokenId, @QueryParam("outcome") String outcome, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        Caller caller = callers.current().orElseThrow(() -> ApiProblem.unauthorized("This request needs a token."));
        var check = new Validation();
        Instant since = instant(check, "from", from);
        Instant until = instant(check, "to", to);
        check.check(tenant == null || Scope.parse(tenant).filter(s -> !s.isPlatform()).isPresent(), "tenant",
                "must be 'region:<id>' or 'municipality:<id>'");
        check.check(outcome == null || OUTCOMES.contains(outcome), "outcome", "must be one of " + OUTCOMES);
        Paging paging = Paging.of(offset, limit, check);
        check.throwIfInvalid();

        return log.page(new AuditLog.Query(visibleTenants(caller.scope()), tenant, tokenId, outcome, since, until), paging);
    }

    /** Null for the platform (everything); otherwise the tenants the scope holds. */
    private List<String> visibleTenants(Scope scope) {
        if (scope.isPlatform()) {
            return null;
        }
        List<String> visible = new ArrayList<>(List.of(scope.toString()));
        if (scope.kind() == TenantKind.REGION) {
            for (Municipality m : tenants.municipalitiesOf(scope.tenantId())) {
                visible.add(Scope.municipality(m.id()).toString());
            }
        }
        return visible;
    }

    private static Instant instant(Validation check, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return check.instant(field, Instant.parse(text));
        } catch (DateTimeParseException e) {
            check.check(false, field, "must be an ISO-8601 instant such as 2026-11-23T08:00:00Z");
            return null;
        }
    }
}
