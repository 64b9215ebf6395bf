package org.samverka.tenants.internal;

import java.net.URI;
import java.util.List;

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
import org.samverka.api.security.Access;
import org.samverka.api.security.Caller;
import org.samverka.api.security.CallerContext;
import org.samverka.api.security.Scope;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.Region;

/** {@code /api/v1/regions}: regions and the municipalities they own. */
@Component(service = RegionResource.class)
@SamverkaResource
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionResource {

    private final TenantStore tenants;
    private final CallerContext callers;

    @Activate
    public RegionResource(@Reference TenantStore tenants, @Reference CallerContext callers) {
        this.tenants = tenants;
        this.callers = callers;
    }

    /** 200: the regions the caller can see (all for the platform, its own otherwise), ordered by name. */
    @GET
    public List<Region> list() {
        Scope scope = callers.current().map(Caller::scope).orElse(Scope.PLATFORM);
        if (scope.isPlatform()) {
            return tenants.regions();
        }
        String own = scope.kind() == org.samverka.api.tenant.TenantKind.REGION ? scope.tenantId()
                : tenants.municipality(scope.tenantId()).map(Municipality::regionId).orElse(null);
        return tenants.regions().stream().filter(r -> r.id().equals(own)).toList();
    }

    /** 201 with Location and ETag; 400 invalid fields; 409 id taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RegionInput body) {
        Region region = tenants.createRegion(Validation.requireBody(body).validated(true));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + region.id()), region, region.version());
    }

    /** 200 with ETag; 404 no such region. Callers of the region's municipalities may read the region's own record. */
    @GET
    @Path("{" + ApiPaths.REGION_ID + "}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String id) {
        Region region = tenants.region(id).orElseThrow(() -> ApiProblem.notFound("There is no region '" + id + "'."));
        return VersionedResponses.ok(region, region.version());
    }

    /** 200 with the new ETag; 400 invalid; 404; 412 stale If-Match; 428 no If-Match. */
    @PUT
    @Path("{" + ApiPaths.REGION_ID + "}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            RegionInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        RegionInput input = Validation.requireBody(body).validated(false);
        if (input.id() != null && !input.id().equals(id)) {
            throw ApiProblem.invalid("id", "must be '" + id + "' as in the path, or left out");
        }
        Region region = tenants.replaceRegion(id, precondition, input);
        return VersionedResponses.ok(region, region.version());
    }

    /** 204; 404; 409 region still has municipalities; 412; 428. */
    @DELETE
    @Path("{" + ApiPaths.REGION_ID + "}")
    public Response delete(@PathParam(ApiPaths.REGION_ID) String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        tenants.deleteRegion(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 200: the region's municipalities ordered by name; 404 no such region. */
    @GET
    @Path("{" + ApiPaths.REGION_ID + "}/municipalities")
    public List<Municipality> municipalities(@PathParam(ApiPaths.REGION_ID) String id) {
        if (tenants.region(id).isEmpty()) {
            throw ApiProblem.notFound("There is no region '" + id + "'.");
        }
        return tenants.municipalitiesOf(id);
    }

    /** 201 with Location and ETag; 400; 404 no such region; 409 id taken. */
    @POST
    @Path("{" + ApiPaths.REGION_ID + "}/municipalities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createMunicipality(@PathParam(ApiPaths.REGION_ID) String regionId, MunicipalityInput body) {
        MunicipalityInput input = Validation.requireBody(body).validated(true);
        if (input.regionId() != null && !input.regionId().equals(regionId)) {
            throw ApiProblem.invalid("regionId", "must be '" + regionId + "' as in the path, or left out");
        }
        Municipality created = tenants.createMunicipality(regionId, input);
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + created.id()), created,
                created.version());
    }
}
