package org.example.surveys;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.rest.Validation;
import org.samverka.api.rest.VersionedResponses;

/** {@code /api/v1/municipalities/{municipalityId}/surveys}: surveys, answers and their NPS. */
@Component(service = SurveysResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + SurveysModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public final class SurveysResource {

    private final SurveyStore surveys;

    @Activate
    public SurveysResource(@Reference SurveyStore surveys) {
        this.surveys = surveys;
    }

    /** 200: a page of the municipality's surveys. */
    @GET
    public Page<Survey> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return surveys.list(municipalityId, Paging.of(offset, limit));
    }

    /** 201 with Location; 400 without a question. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, SurveyInput body) {
        Survey survey = surveys.create(municipalityId, Validation.requireBody(body).validated());
        URI location = URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/surveys/" + survey.id());
        return VersionedResponses.created(location, survey, survey.version());
    }

    /** 200; 404. */
    @GET
    @Path("{surveyId}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("surveyId") long id) {
        Survey survey = surveys.get(municipalityId, id);
        return VersionedResponses.ok(survey, survey.version());
    }

    /** 200 with the NPS after the answers; 400 naming each score out of range (none is kept); 404. */
    @POST
    @Path("{surveyId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Nps answer(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("surveyId") long id,
            AnswersInput body) {
        return surveys.answer(municipalityId, id, Validation.requireBody(body).validated());
    }

    /** 200: the NPS of the answers so far ({@code score} null without answers); 404. */
    @GET
    @Path("{surveyId}/nps")
    public Nps nps(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("surveyId") long id) {
        return surveys.nps(municipalityId, id);
    }
}
