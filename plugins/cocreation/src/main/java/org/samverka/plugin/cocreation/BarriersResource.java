package org.samverka.plugin.cocreation;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/** {@code /api/v1/municipalities/{municipalityId}/cocreation/barriers}: the register of barriers and enablers, across projects. */
@Component(service = BarriersResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/barriers")
@Produces(MediaType.APPLICATION_JSON)
public final class BarriersResource {

    private final BarrierStore barriers;

    @Activate
    public BarriersResource(@Reference BarrierStore barriers) {
        this.barriers = barriers;
    }

    /** 200: the register, oldest first; {@code ?kind=BARRIER|ENABLER}, {@code ?level=SYSTEM|USER} and {@code ?projectId=} narrow it. */
    @GET
    public List<Barrier> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @QueryParam("kind") String kind,
            @QueryParam("level") String level, @QueryParam("projectId") Long projectId) {
        var check = new Validation();
        check.check(kind == null || Barrier.KINDS.contains(kind), "kind", "must be one of " + Barrier.KINDS);
        check.check(level == null || Barrier.LEVELS.contains(level), "level", "must be one of " + Barrier.LEVELS);
        check.throwIfInvalid();
        return barriers.list(municipalityId).stream().filter(b -> kind == null || b.kind().equals(kind))
                .filter(b -> level == null || b.level().equals(level)).filter(b -> projectId == null || b.projectIds().contains(projectId))
                .toList();
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad field (a project not the municipality's too). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Barrier.Input body) {
        Barrier barrier = barriers.create(municipalityId, BarrierStore.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/cocreation/barriers/"
                + barrier.id()), barrier, barrier.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{barrierId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("barrierId") long id) {
        Barrier barrier = barriers.get(municipalityId, id);
        return VersionedResponses.ok(barrier, barrier.version());
    }

    /** 200; 400; 404; 412; 428. */
    @PUT
    @Path("{barrierId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("barrierId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Barrier.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Barrier barrier = barriers.replace(municipalityId, id, precondition, BarrierStore.check(Validation.requireBody(body)));
        return VersionedResponses.ok(barrier, barrier.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{barrierId}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("barrierId") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        barriers.delete(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
