package org.samverka.plugin.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.Municipality;

/**
 * {@code /api/v1/regions/{regionId}/portfolio/overview}: every programme of the region's
 * municipalities side by side — projects by status, the time ratio and the balance's warnings —
 * and projects per 2030 goal across the region, as data and as an SVG ({@code overview.svg}) whose
 * text alternative is the same table.
 */
@Component(service = RegionOverview.class)
@SamverkaResource
@Path(ApiPaths.REGION + "/" + PortfolioModule.ID)
public final class RegionOverview {

    /** A programme as the region sees it. */
    public record Row(String municipalityId, String municipalityName, long programmeId, String programme, LocalDate startsOn,
            Map<String, Integer> byStatus, Ledger.Summary ledger, List<String> warnings) {
    }

    /** The programmes and the projects in portfolios per goal. */
    public record Overview(String regionId, List<Row> programmes, Map<Integer, Integer> projectsByGoal) {
    }

    private final PortfolioStore store;
    private final ContinuityStore continuity;
    private final ModuleEnablement enablement;

    @Activate
    public RegionOverview(@Reference PortfolioStore store, @Reference ContinuityStore continuity, @Reference ModuleEnablement enablement) {
        this.store = store;
        this.continuity = continuity;
        this.enablement = enablement;
    }

    /** 200. */
    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON)
    public Overview overview(@PathParam(ApiPaths.REGION_ID) String regionId) {
        List<Row> rows = new ArrayList<>();
        Map<Integer, Integer> byGoal = new TreeMap<>();
        for (Municipality m : enablement.municipalitiesUsing(regionId, PortfolioModule.ID)) {
            for (Portfolio.Programme p : store.programmes(m.id())) {
                List<Portfolio.Project> projects = store.projects(m.id(), p.id());
                Balance balance = Balance.of(p, projects, LocalDate.now());
                balance.byGoal().forEach((goal, n) -> byGoal.merge(goal, n, Integer::sum));
                rows.add(new Row(m.id(), m.name(), p.id(), p.name(), p.startsOn(), balance.byStatus(), p.ledger(),
                        balance.warnings().stream().map(Balance.Warning::code).toList()));
            }
        }
        return new Overview(regionId, rows, byGoal);
    }

    /** 200 {@code image/svg+xml}: projects per goal, with the numbers as its text alternative, in {@code ?lang}. */
    @GET
    @Path("overview.svg")
    @Produces("image/svg+xml")
    public Response svg(@PathParam(ApiPaths.REGION_ID) String regionId, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String language = PortfolioModule.LABELS.languageFor(QueryValues.languages(lang, headers));
        Map<Integer, Integer> byGoal = overview(regionId).projectsByGoal();
        int max = Math.max(1, byGoal.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        String title = PortfolioModule.LABELS.text("chart.goals").get(language);
        String desc = byGoal.isEmpty() ? "–" : byGoal.entrySet().stream().map(e -> e.getKey() + " " + PortfolioModule.LABELS.text("goal."
                + e.getKey()).get(language) + ": " + e.getValue()).collect(Collectors.joining("; "));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"").append(40 + 17 * 22)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"sans-serif\"><title id=\"chart-title\">")
                .append(escape(title)).append("</title><desc id=\"chart-desc\">").append(escape(desc)).append("</desc>");
        for (int goal = 1; goal <= 17; goal++) {
            int n = byGoal.getOrDefault(goal, 0);
            int y = 20 + (goal - 1) * 22;
            svg.append("<text x=\"8\" y=\"").append(y + 13).append("\" font-size=\"11\">").append(goal).append(". ")
                    .append(escape(PortfolioModule.LABELS.text("goal." + goal).get(language))).append("</text><rect x=\"330\" y=\"").append(y)
                    .append("\" width=\"").append(260 * n / max).append("\" height=\"16\" fill=\"#1b5e8c\"/><text x=\"").append(336 + 260 * n / max)
                    .append("\" y=\"").append(y + 13).append("\" font-size=\"11\">").append(n).append("</text>");
        }
        return Response.ok(svg.append("</svg>").toString(), "image/svg+xml; charset=UTF-8").header("Content-Language", language).build();
    }

    /**
     * 200: the region's library — completed or stopped projects their municipalities chose to share,
     * with what they learned; readable by the region's municipalities too. A project not shared is
     * never in it.
     */
    @GET
    @Path("library")
    @Produces(MediaType.APPLICATION_JSON)
    @org.samverka.api.security.Access(value = org.samverka.api.security.Access.Level.READ,
            reach = org.samverka.api.security.Access.Reach.REGION_MEMBERS)
    public List<ContinuityStore.Shared> library(@PathParam(ApiPaths.REGION_ID) String regionId) {
        return continuity.library(enablement.municipalitiesUsing(regionId, PortfolioModule.ID).stream().map(Municipality::id).toList());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
