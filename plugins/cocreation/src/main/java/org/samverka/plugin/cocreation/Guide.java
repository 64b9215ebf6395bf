package org.samverka.plugin.cocreation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.samverka.api.module.LocalizedText;

/**
 * The guide as shipped ({@code guide/guide.properties}, texts in {@code labels/cocreation_*}): the
 * five steps with Bodø's purposes, and Samverka's suggestion for their guidance, checklists,
 * principles and the groups whose participation a project's reach counts. Read once; read-only.
 */
@Component(service = Guide.class)
public final class Guide {

    /**
     * A checklist item. {@code suggestion}: the text is Samverka's, not the municipality's own; a
     * municipality's own item is in the languages it was written in ({@code {"nb": "…"}}).
     */
    public record CheckItem(String id, Map<String, String> text, boolean mandatory, boolean suggestion) {
    }

    /** A step as shipped: Bodø's purpose, and Samverka's guidance and checklist. */
    public record StepGuide(Step step, LocalizedText name, LocalizedText purpose, LocalizedText guidance, List<CheckItem> checklist,
            List<String> workshopStages) {
    }

    /** A principle of co-creation as Samverka suggests it. */
    public record Principle(String id, LocalizedText text, boolean suggestion) {
    }

    /** A group of people whose participation a project's reach counts. */
    public record Group(String id, LocalizedText name) {
    }

    private final Map<Step, StepGuide> steps = new EnumMap<>(Step.class);
    private final List<Principle> principles = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    public Guide() {
        Properties p = new Properties();
        try (InputStream in = Guide.class.getResourceAsStream("/guide/guide.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var labels = CocreationModule.LABELS;
        for (Step step : Step.values()) {
            List<CheckItem> checklist = new ArrayList<>();
            for (String item : p.getProperty(step + ".checklist").split(",")) {
                boolean mandatory = item.endsWith("*");
                String id = mandatory ? item.substring(0, item.length() - 1) : item;
                checklist.add(new CheckItem(id, labels.text("check." + id), mandatory, true));
            }
            steps.put(step, new StepGuide(step, labels.text("step." + step + ".name"), labels.text("step." + step + ".purpose"),
                    labels.text("step." + step + ".guidance"), List.copyOf(checklist), List.of(p.getProperty(step + ".stages").split(","))));
        }
        for (String id : p.getProperty("principles").split(",")) {
            principles.add(new Principle(id, labels.text("principle." + id), true));
        }
        for (String id : p.getProperty("groups").split(",")) {
            groups.add(new Group(id, labels.text("group." + id)));
        }
    }

    StepGuide step(Step step) {
        return steps.get(step);
    }

    List<StepGuide> steps() {
        return List.copyOf(steps.values());
    }

    List<Principle> principles() {
        return List.copyOf(principles);
    }

    List<Group> groups() {
        return List.copyOf(groups);
    }

    boolean isGroup(String id) {
        return groups.stream().anyMatch(g -> g.id().equals(id));
    }
}
