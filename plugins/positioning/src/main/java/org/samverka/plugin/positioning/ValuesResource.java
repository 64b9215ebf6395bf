package org.samverka.plugin.positioning;

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
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;

/** {@code /api/v1/regions/{regionId}/positioning/values}: the place's core values, the foundation stones the stage stands on. */
@Component(service = ValuesResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/values")
@Produces(MediaType.APPLICATION_JSON)
public final class ValuesResource {

    private final StrategyStore strategy;

    @Activate
    public ValuesResource(@Reference StrategyStore strategy) {
        this.strategy = strategy;
    }

    /** 200. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Object list(@PathParam(ApiPaths.REGION_ID) String regionId) {
        return strategy.values(regionId);
    }

    /** 201 with {@code Location} and {@code ETag}; 400 naming every bad field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, Strategy.ValueInput body) {
        Strategy.CoreValue created = strategy.createValue(regionId, StrategyStore.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/positioning/values/" + created.id()), created,
                created.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id) {
        Strategy.CoreValue found = strategy.value(regionId, id);
        return VersionedResponses.ok(found, found.version());
    }

    /** 200; 400; 404; 412 when stale; 428 without {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Strategy.ValueInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Strategy.CoreValue changed = strategy.replaceValue(regionId, id, precondition, StrategyStore.check(Validation.requireBody(body)));
        return VersionedResponses.ok(changed, changed.version());
    }

    /** 204; 404; 412; 428. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        strategy.deleteValue(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
