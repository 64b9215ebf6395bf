package org.samverka.plugin.portfolio;

import java.net.URI;
import java.time.LocalDate;
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

/**
 * {@code /api/v1/municipalities/{municipalityId}/portfolio/programmes}: a municipality's innovation
 * programmes, with the time ledger and the portfolio's balance.
 */
@Component(service = ProgrammesResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + PortfolioModule.ID + "/programmes")
@Produces(MediaType.APPLICATION_JSON)
public final class ProgrammesResource {

    /** The ledger's months and its summary. */
    public record LedgerView(List<Ledger.Month> months, Ledger.Summary summary) {
    }

    /** A month's hours as sent. */
    public record Hours(Double municipalityHours, Double leadHours) {
    }

    private final PortfolioStore store;

    @Activate
    public ProgrammesResource(@Reference PortfolioStore store) {
        this.store = store;
    }

    /** 200: the municipality's programmes, each with its ledger's summary. */
    @GET
    public List<Portfolio.Programme> list(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId) {
        return store.programmes(municipalityId);
    }

    /** 201 with {@code Location} and {@code ETag}: 36 months and a 6-month portfolio phase unless given; 400. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, Portfolio.ProgrammeInput body) {
        Portfolio.Programme p = store.createProgramme(municipalityId, PortfolioValidation.check(Validation.requireBody(body)));
        return VersionedResponses.created(URI.create(ApiPaths.BASE + "/municipalities/" + municipalityId + "/portfolio/programmes/" + p.id()),
                p, p.version());
    }

    /** 200 with {@code ETag}; 404. */
    @GET
    @Path("{id}")
    public Response get(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("id") long id) {
        Portfolio.Programme p = store.programme(municipalityId, id);
        return VersionedResponses.ok(p, p.version());
    }

    /** 200; 400; 404; 412; 428. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch, Portfolio.ProgrammeInput body) {
        IfMatch precondition = IfMatch.require(ifMatch);
        Portfolio.Programme p = store.replaceProgramme(municipalityId, id, precondition, PortfolioValidation.check(Validation.requireBody(body)));
        return VersionedResponses.ok(p, p.version());
    }

    /** 204 with its candidates, projects and ledger; 404; 412; 428. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("id") long id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        store.deleteProgramme(municipalityId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    /** 200: hours per month by the municipality and the lead, the running ratio and whether it is below the requirement (1.0). */
    @GET
    @Path("{id}/ledger")
    public LedgerView ledger(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("id") long id) {
        List<Ledger.Month> months = store.ledger(municipalityId, id);
        return new LedgerView(months, Ledger.of(months));
    }

    /** 200: a month's hours set ({@code yyyy-mm}; the same month again replaces them); 400; 404. */
    @PUT
    @Path("{id}/ledger/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LedgerView setMonth(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("id") long id,
            @PathParam("month") String month, Hours body) {
        Hours in = Validation.requireBody(body);
        var check = new Validation();
        check.check(month.matches("(19|20|21)\\d\\d-(0[1-9]|1[0-2])"), "month", "must be a month such as 2026-03");
        check.check(in.municipalityHours() != null && in.municipalityHours() >= 0 && in.municipalityHours() <= 10_000, "municipalityHours",
                "must be 0 to 10000 hours");
        check.check(in.leadHours() != null && in.leadHours() >= 0 && in.leadHours() <= 10_000, "leadHours", "must be 0 to 10000 hours");
        check.throwIfInvalid();
        List<Ledger.Month> months = store.setMonth(municipalityId, id, new Ledger.Month(month, in.municipalityHours(), in.leadHours()));
        return new LedgerView(months, Ledger.of(months));
    }

    /** 200: the portfolio by status, size, goal, helix sector and benefit, with its warnings. */
    @GET
    @Path("{id}/balance")
    public Balance balance(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("id") long id) {
        return Balance.of(store.programme(municipalityId, id), store.projects(municipalityId, id), LocalDate.now());
    }
}
