package org.samverka.plugin.lifecycle;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.SamverkaResource;

/** {@code GET /api/v1/municipalities/{municipalityId}/lifecycle/assessment}: how ready the municipality is. */
@Component(service = AssessmentResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + LifecycleModule.ID + "/assessment")
@Produces(MediaType.APPLICATION_JSON)
public final class AssessmentResource {

    private final ItemStore items;
    private final ActionStore actions;

    @Activate
    public AssessmentResource(@Reference ItemStore items, @Reference ActionStore actions) {
        this.items = items;
        this.actions = actions;
    }

    /** 200: readiness per phase with the items behind it, the white spots, open actions per phase, overall readiness. */
    @GET
    public Readiness.Assessment assessment(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        return Readiness.assess(municipalityId, items.all(municipalityId), actions.list(municipalityId));
    }
}
