package org.samverka.plugin.cocreation;

import java.util.List;
import java.util.Map;

import org.samverka.api.module.LocalizedText;

/**
 * The guide as a municipality works with it: how moving on is gated ({@code WARN} or
 * {@code REQUIRE}), and each step with Bodø's purpose, Samverka's guidance, the municipality's
 * checklist (the suggestion until it adapts it) and the workshop methods that fit, when the
 * workshop plugin is there. Version 0 until the municipality changes anything.
 */
public record MunicipalGuide(String municipalityId, String gating, List<StepOf> steps, long version) {

    static final List<String> GATINGS = List.of("WARN", "REQUIRE");

    /** A step of the guide for this municipality. */
    public record StepOf(Step step, LocalizedText name, LocalizedText purpose, LocalizedText guidance, List<Guide.CheckItem> checklist,
            List<FittingMethods.Method> methods) {
    }

    /** What a client sends: the gating and every step's checklist, in order. */
    public record Input(String gating, Map<Step, List<ItemInput>> checklists) {
    }

    /** A checklist item as sent: a suggestion's id with no text keeps Samverka's text. */
    public record ItemInput(String id, Map<String, String> text, Boolean mandatory) {
    }

    /** The checklist item of this id, wherever it is. */
    java.util.Optional<Guide.CheckItem> item(String id) {
        return steps.stream().flatMap(s -> s.checklist().stream()).filter(i -> i.id().equals(id)).findFirst();
    }

    /** The step an item belongs to. */
    java.util.Optional<Step> stepOf(String itemId) {
        return steps.stream().filter(s -> s.checklist().stream().anyMatch(i -> i.id().equals(itemId))).map(StepOf::step).findFirst();
    }

    StepOf step(Step step) {
        return steps.get(step.ordinal());
    }
}
