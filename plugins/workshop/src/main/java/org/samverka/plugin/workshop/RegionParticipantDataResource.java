package org.samverka.plugin.workshop;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;

/**
 * {@code /api/v1/regions/{regionId}/workshop/people/search} and {@code …/erase}: one person's data
 * in the region's joint workshops, as {@link ParticipantDataResource} does for a municipality's.
 */
@Component(service = RegionParticipantDataResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + WorkshopModule.ID + "/people")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionParticipantDataResource {

    private final ParticipantData data;

    @Activate
    public RegionParticipantDataResource(@Reference ParticipantData data) {
        this.data = data;
    }

    /** 200: every joint workshop naming the person. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ParticipantDataResource.Found search(@PathParam(ApiPaths.REGION_ID) String regionId, ParticipantDataResource.Person body) {
        String name = ParticipantDataResource.name(body);
        return new ParticipantDataResource.Found(name, data.find(Owner.region(regionId), name));
    }

    /** 200 with what was erased from the region's joint workshops. */
    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public ParticipantData.Erased erase(@PathParam(ApiPaths.REGION_ID) String regionId, ParticipantDataResource.Person body) {
        return data.erase(Owner.region(regionId), ParticipantDataResource.name(body));
    }
}
