package org.samverka.plugin.positioning;

import jakarta.ws.rs.Consumes;
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
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.security.Access;

/** {@code /api/v1/regions/{regionId}/positioning/settings}: the region's criteria, staircase levels, stall limit and the NPS's minimum n. */
@Component(service = SettingsResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/settings")
@Produces(MediaType.APPLICATION_JSON)
public final class SettingsResource {

    private final SettingsStore settings;

    @Activate
    public SettingsResource(@Reference SettingsStore settings) {
        this.settings = settings;
    }

    /** 200 with {@code ETag}: version 0 and Samverka's suggestion until the region sets its own. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Response get(@PathParam(ApiPaths.REGION_ID) String regionId) {
        Settings s = settings.get(regionId);
        return VersionedResponses.ok(s, s.version());
    }

    /** 200; 400 naming every bad field; 412 ({@code "0"} the first time); 428. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.REGION_ID) String regionId, @HeaderParam(IfMatch.HEADER) String ifMatch, Settings.Input body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Settings s = settings.replace(regionId, precondition, settings.check(Validation.requireBody(body)));
        return VersionedResponses.ok(s, s.version());
    }
}
