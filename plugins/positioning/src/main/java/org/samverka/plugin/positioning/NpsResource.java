package org.samverka.plugin.positioning;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/**
 * {@code /api/v1/regions/{regionId}/positioning/nps}: Net Promoter Score surveys per segment,
 * municipality and period, their answers (one, many, or a published distribution) and the trend.
 * The region's municipalities add answers.
 */
@Component(service = NpsResource.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PositioningModule.ID + "/nps")
@Produces(MediaType.APPLICATION_JSON)
public final class NpsResource {

    /** The surveys and the trends. */
    public record Overview(int minN, List<NpsStore.Survey> surveys, List<NpsStore.Trend> trends) {
    }

    private final NpsStore nps;
    private final SettingsStore settings;

    @Activate
    public NpsResource(@Reference NpsStore nps, @Reference SettingsStore settings) {
        this.nps = nps;
        this.settings = settings;
    }

    /** 200: surveys with their NPS, and the trend per segment and municipality; {@code ?segment=} and {@code ?municipality=} narrow it. */
    @GET
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public Overview overview(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("segment") String segment,
            @QueryParam("municipality") String municipalityId) {
        if (segment != null && !NpsStore.SEGMENTS.contains(segment)) {
            throw ApiProblem.invalid("segment", "must be one of " + NpsStore.SEGMENTS);
        }
        int minN = settings.get(regionId).minN();
        List<NpsStore.Survey> surveys = nps.surveys(regionId, segment, municipalityId, minN);
        return new Overview(minN, surveys, NpsStore.trends(surveys, minN));
    }

    /** 201: a survey (question, segment, municipality or the whole region, period); 400. */
    @POST
    @Path("surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public Response create(@PathParam(ApiPaths.REGION_ID) String regionId, NpsStore.SurveyInput body) {
        NpsStore.Survey s = nps.create(regionId, nps.check(regionId, Validation.requireBody(body)), settings.get(regionId).minN());
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/regions/" + regionId + "/positioning/nps/surveys/" + s.id()), s,
                s.version());
    }

    /** 200 with the survey's counts and NPS; 404. */
    @GET
    @Path("surveys/{id}")
    @Access(value = Access.Level.READ, reach = Access.Reach.REGION_MEMBERS)
    public NpsStore.Survey survey(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id) {
        return nps.survey(regionId, id, settings.get(regionId).minN());
    }

    /** 204 with its answers; 404; 412; 428. */
    @DELETE
    @Path("surveys/{id}")
    public Response delete(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        nps.delete(regionId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /**
     * 200 with the survey: {@code {"score":9}}, {@code {"scores":[9,7,…]}} or
     * {@code {"distribution":{"0":3,…,"10":12}}}; answers counted, never kept one by one. 400 names
     * every answer out of 0–10, and then nothing is counted.
     */
    @POST
    @Path("surveys/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(value = Access.Level.WRITE, reach = Access.Reach.REGION_MEMBERS)
    public NpsStore.Survey answer(@PathParam(ApiPaths.REGION_ID) String regionId, @PathParam("id") long id, NpsStore.AnswersInput body) {
        return nps.addAnswers(regionId, id, NpsStore.check(Validation.requireBody(body)), settings.get(regionId).minN());
    }
}
