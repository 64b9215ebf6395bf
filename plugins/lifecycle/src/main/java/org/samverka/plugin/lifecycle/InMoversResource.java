package org.samverka.plugin.lifecycle;

import java.util.List;

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
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.IfMatch;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;
import org.samverka.api.storage.DuplicateKeyException;

/** {@code /api/v1/municipalities/{municipalityId}/lifecycle/in-movers}: in-movers counted per year. */
@Component(service = InMoversResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + LifecycleModule.ID + "/in-movers")
@Produces(MediaType.APPLICATION_JSON)
public final class InMoversResource {

    private final RegionDataStore store;

    @Activate
    public InMoversResource(@Reference RegionDataStore store) {
        this.store = store;
    }

    /** 200: the counts, oldest year first. */
    @GET
    public List<InMovers> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        return store.inMovers(municipalityId);
    }

    /** 200 with ETag: one year's count; 404 when the year is not counted. */
    @GET
    @Path("{year}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("year") int year) {
        InMovers counted = store.inMovers(municipalityId, year)
                .orElseThrow(() -> ApiProblem.notFound(year + " is not counted for municipality '" + municipalityId + "'."));
        return VersionedResponses.ok(counted, counted.version());
    }

    /**
     * Sets a year's count, body {@code {"year": 2025, "count": 412}}. 200 with ETag; 400. Without
     * If-Match only a new year is counted: 428 when the year is counted already, also by a request
     * a moment earlier. With If-Match the count is corrected: 404 while the year is not counted, 412 stale.
     */
    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("year") int year,
            @HeaderParam(IfMatch.HEADER) String ifMatch, InMovers.Input body) {
        InMovers.Input input = new InMovers.Input(year, Validation.requireBody(body).count()).validated();
        if (body.year() != null && body.year() != year) {
            throw ApiProblem.invalid("year", "must be " + year + " as in the path, or left out");
        }
        InMovers counted;
        if (ifMatch == null || ifMatch.isBlank()) {
            try {
                counted = store.countInMovers(municipalityId, input.year(), input.count());
            } catch (DuplicateKeyException alreadyCounted) {
                throw ApiProblem.preconditionRequired(year + " is already counted for municipality '" + municipalityId
                        + "': send If-Match with the ETag of your last GET to correct it.");
            }
        } else {
            counted = store.correctInMovers(municipalityId, input.year(), IfMatch.require(ifMatch), input.count());
        }
        return VersionedResponses.ok(counted, counted.version());
    }
}
