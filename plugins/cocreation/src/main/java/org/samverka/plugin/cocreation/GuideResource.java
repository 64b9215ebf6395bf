package org.samverka.plugin.cocreation;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.SamverkaResource;

/** {@code /api/v1/cocreation/guide}: the guide as shipped, for anyone signed in. */
@Component(service = GuideResource.class)
@SamverkaResource
@Path(CocreationModule.ID + "/guide")
@Produces(MediaType.APPLICATION_JSON)
public final class GuideResource {

    /** The guide as shipped: what is Bodø's, what is Samverka's suggestion, and the groups and principles suggested. */
    public record Shipped(List<Guide.StepGuide> steps, List<Guide.Principle> principles, List<Guide.Group> groups,
            LocalizedText suggestion, Map<String, String> sources) {
    }

    private final Guide guide;

    @Activate
    public GuideResource(@Reference Guide guide) {
        this.guide = guide;
    }

    /** 200: the five steps with Bodø's purposes, Samverka's guidance and suggested checklists, principles and groups. */
    @GET
    public Shipped shipped() {
        return new Shipped(guide.steps(), guide.principles(), guide.groups(), CocreationModule.LABELS.text("suggestion"),
                Map.of("steps", "Bodø kommune, guide for co-creation (seed text: the five steps and their purposes)",
                        "guidance, checklists, principles, groups", "Samverka's suggestion, to adapt per municipality"));
    }
}
