package org.samverka.plugin.cocreation;

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
import org.samverka.api.export.HtmlReport;
import org.samverka.api.export.MarkdownReport;
import org.samverka.api.export.ReportDocument;
import org.samverka.api.rest.ApiPaths;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.QueryValues;
import org.samverka.api.rest.SamverkaResource;

/**
 * {@code …/projects/{projectId}/report}: the project's account as Markdown ({@code ?format=markdown},
 * the default) or HTML ({@code ?format=html}), in {@code ?lang} (else {@code Accept-Language}).
 */
@Component(service = ReportResource.class)
@SamverkaResource
@Path(ApiPaths.MUNICIPALITY + "/" + CocreationModule.ID + "/projects/{projectId}/report")
public final class ReportResource {

    private final ProjectStore projects;
    private final EntryStore entries;
    private final ArenaStore arenas;
    private final BarrierStore barriers;

    @Activate
    public ReportResource(@Reference ProjectStore projects, @Reference EntryStore entries, @Reference ArenaStore arenas,
            @Reference BarrierStore barriers) {
        this.projects = projects;
        this.entries = entries;
        this.arenas = arenas;
        this.barriers = barriers;
    }

    /** 200 {@code text/markdown} or {@code text/html}; 400 for another format or language; 404. */
    @GET
    public Response report(@PathParam(ApiPaths.MUNICIPALITY_ID) String municipalityId, @PathParam("projectId") long id,
            @QueryParam("format") @DefaultValue("markdown") String format, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        if (!format.equals("markdown") && !format.equals("html")) {
            throw ApiProblem.invalid("format", "must be 'markdown' or 'html'");
        }
        String language = CocreationModule.LABELS.languageFor(QueryValues.languages(lang, headers));
        Project project = projects.get(municipalityId, id);
        Arena arena = project.arenaId() == null ? null : arenas.get(municipalityId, project.arenaId());
        boolean html = format.equals("html");
        ReportDocument doc = html ? new HtmlReport(language, project.title()) : new MarkdownReport();
        String text = new ProjectReport(language).write(doc, project, projects.moves(municipalityId, id),
                entries.list(municipalityId, id, null), arena, barriers.list(municipalityId).stream()
                        .filter(b -> b.projectIds().contains(id)).toList());
        return Response.ok(text, (html ? "text/html" : "text/markdown") + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"project-" + id + "-report." + (html ? "html" : "md") + "\"")
                .header("Content-Language", language).build();
    }
}
