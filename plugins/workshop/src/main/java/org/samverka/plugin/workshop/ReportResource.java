package org.samverka.plugin.workshop;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;

/**
 * {@code …/workshops/{workshopId}/report}: the workshop report — agenda, ranked ideas, insights,
 * decisions, notes, prototypes and their tests — as Markdown ({@code ?format=markdown}, the
 * default) or as an HTML page ({@code ?format=html}), in {@code ?lang} (else {@code Accept-Language}).
 */
@Component(service = ReportResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + WorkshopModule.ID + "/workshops/{workshopId}/report")
public final class ReportResource {

    private final WorkshopStore workshops;
    private final OutputStore outputs;
    private final PrototypeStore prototypes;

    @Activate
    public ReportResource(@Reference WorkshopStore workshops, @Reference OutputStore outputs, @Reference PrototypeStore prototypes) {
        this.workshops = workshops;
        this.outputs = outputs;
        this.prototypes = prototypes;
    }

    /** 200 {@code text/markdown} or {@code text/html}; 400 for another format or language; 404. */
    @GET
    public Response report(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("workshopId") long id,
            @QueryParam("format") @DefaultValue("markdown") String format, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        Workshop workshop = workshops.get(municipalityId, id);
        List<WorkshopReport.Tested> tested = new ArrayList<>();
        for (Prototype p : prototypes.list(municipalityId, id)) {
            tested.add(new WorkshopReport.Tested(p, TestGrid.of(p, prototypes.sessions(municipalityId, id, p.id()))));
        }
        return WorkshopReport.response(workshop, outputs.list(municipalityId, id), tested, format, WorkshopModule.LABELS.languageFor(QueryValues.languages(lang, headers)));
    }
}
