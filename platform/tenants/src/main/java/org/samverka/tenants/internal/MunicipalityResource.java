package org.samverka.tenants.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.samverka.api.tenant.Municipality;

/** {@code /api/v1/municipalities/{municipalityId}}: one municipality. Create one under its region. */
@Component(service = MunicipalityResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY)
@Produces(MediaType.APPLICATION_JSON)
public final class MunicipalityResource {

    private final TenantStore tenants;

    @Activate
    public MunicipalityResource(@Reference TenantStore tenants) {
        this.tenants = tenants;
    }

    /** 200 with ETag; 404. */
    @GET
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String id) {
        Municipality m = tenants.municipality(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no municipality '" + id + "'."));
        return VersionedResponses.ok(m, m.version());
    }

    /** 200 with the new ETag; 400; 404; 412; 428. A {@code regionId} moves it to another region. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String id, @HeaderParam(IfMatch.HEADER) String ifMatch,
            MunicipalityInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        MunicipalityInput input = Validation.requireBody(body).validated(false);
        if (input.id() != null && !input.id().equals(id)) {
            throw ApiProblem.invalid("id", "must be '" + id + "' as in the path, or left out");
        }
        Municipality m = tenants.replaceMunicipality(id, precondition, input);
        return VersionedResponses.ok(m, m.version());
    }

    /** 204; 404; 409 modules still enabled; 412; 428. */
    @DELETE
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        tenants.deleteMunicipality(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
