package org.samverka.plugin.workshop;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.Validation;

/** Checks a region's own method or template as sent, naming every bad field at once. */
final class OwnLibraryValidation {

    static final Set<String> STAGES = Set.of("DISCOVER", "DEFINE", "DEVELOP", "DELIVER", "ANY");
    static final int MAX_STEPS = 30;

    private OwnLibraryValidation() {
    }

    /** The method as the store keeps it, or {@code null} when {@code check} now holds errors. */
    static Method method(Validation check, String prefix, OwnMethodInput in, Library reference, String regionId) {
        if (in == null) {
            check.check(false, field(prefix, "method"), "is empty");
            return null;
        }
        String id = ownId(check, prefix, in.id(), reference.method(in.id() == null ? "" : in.id()).isPresent(), "method");
        check.check(in.stage() != null && STAGES.contains(in.stage()), field(prefix, "stage"), "must be one of " + STAGES);
        range(check, prefix, "Minutes", in.minMinutes(), in.maxMinutes(), 720);
        range(check, prefix, "People", in.minPeople(), in.maxPeople(), 500);
        LocalizedText name = text(check, field(prefix, "name"), in.name(), 200, true);
        LocalizedText purpose = text(check, field(prefix, "purpose"), in.purpose(), 2000, true);
        LocalizedText materials = text(check, field(prefix, "materials"), in.materials(), 2000, false);
        Map<String, List<String>> steps = steps(check, field(prefix, "steps"), in.steps());
        if (!check.isValid()) {
            return null;
        }
        return new Method(id, in.stage(), in.minMinutes(), in.maxMinutes(), in.minPeople(), in.maxPeople(), false, name, purpose,
                materials, steps, regionId, null);
    }

    /** The template as the store keeps it, or {@code null} when {@code check} now holds errors. */
    static MethodLibrary.Template template(Validation check, String prefix, OwnTemplateInput in, Library reference,
            Predicate<String> methodExists, String regionId) {
        if (in == null) {
            check.check(false, field(prefix, "template"), "is empty");
            return null;
        }
        String id = ownId(check, prefix, in.id(), reference.template(in.id() == null ? "" : in.id()).isPresent(), "template");
        LocalizedText name = text(check, field(prefix, "name"), in.name(), 200, true);
        LocalizedText description = text(check, field(prefix, "description"), in.description(), 2000, false);
        List<WorkshopInput.Day> days = new ArrayList<>();
        if (in.days() == null || in.days().isEmpty()) {
            check.check(false, field(prefix, "days"), "at least one day");
        } else {
            check.check(in.days().size() <= WorkshopValidation.MAX_DAYS, field(prefix, "days"), "at most " + WorkshopValidation.MAX_DAYS);
            for (int d = 0; d < in.days().size() && d < WorkshopValidation.MAX_DAYS; d++) {
                days.add(day(check, field(prefix, "days[" + d + "]"), in.days().get(d), methodExists));
            }
        }
        if (!check.isValid()) {
            return null;
        }
        return new MethodLibrary.Template(id, name, description, days, regionId, null);
    }

    private static WorkshopInput.Day day(Validation check, String field, WorkshopInput.Day day, Predicate<String> methodExists) {
        if (day == null) {
            check.check(false, field, "is empty");
            return null;
        }
        check.check(day.date() == null, field + ".date", "is left out: a template's days get their dates when a workshop is created");
        LocalTime start = check.required(field + ".start", day.start());
        LocalTime end = check.required(field + ".end", day.end());
        check.check(start == null || end == null || start.isBefore(end), field + ".end", "must be after the start, on the same day");
        List<WorkshopInput.Block> blocks = day.blocks() == null ? List.of() : day.blocks();
        check.check(blocks.size() <= WorkshopValidation.MAX_BLOCKS, field + ".blocks", "at most " + WorkshopValidation.MAX_BLOCKS);
        List<WorkshopInput.Block> out = new ArrayList<>();
        for (int b = 0; b < blocks.size() && b < WorkshopValidation.MAX_BLOCKS; b++) {
            WorkshopInput.Block block = blocks.get(b);
            String f = field + ".blocks[" + b + "]";
            if (block == null) {
                check.check(false, f, "is empty");
                continue;
            }
            check.check(block.methodId() == null || methodExists.test(block.methodId()), f + ".methodId",
                    "names no method of the reference library or the region's own (leave it out for a break)");
            check.check(block.minutes() != null && block.minutes() >= 1 && block.minutes() <= 720, f + ".minutes", "must be 1 to 720");
            check.check(block.note() == null, f + ".note", "is not kept in a template; add notes to the workshop made from it");
            out.add(new WorkshopInput.Block(block.methodId(), block.minutes(), null));
        }
        return new WorkshopInput.Day(null, start, end, out);
    }

    private static String ownId(Validation check, String prefix, String id, boolean isReference, String what) {
        String slug = check.requiredSlug(field(prefix, "id"), id, 64);
        check.check(!isReference, field(prefix, "id"), "is the id of a reference " + what
                + ", which is read-only; give your own " + what + " another id");
        return slug;
    }

    private static void range(Validation check, String prefix, String what, Integer min, Integer max, int limit) {
        String minField = field(prefix, "min" + what);
        String maxField = field(prefix, "max" + what);
        check.check(min != null && min >= 1 && min <= limit, minField, "must be 1 to " + limit);
        check.check(max != null && max >= 1 && max <= limit, maxField, "must be 1 to " + limit);
        check.check(min == null || max == null || min <= max, maxField, "must not be less than " + minField);
    }

    /** A text in en, sv and nb (and any other language given), or {@code null} when left out and not required. */
    static LocalizedText text(Validation check, String field, Map<String, String> in, int maxLength, boolean required) {
        if (in == null || in.isEmpty()) {
            check.check(!required, field, "is required, in " + LocalizedText.REQUIRED + " at least");
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (var e : in.entrySet()) {
            if (!languageTag(e.getKey())) {
                check.check(false, field + "." + e.getKey(), "is not a language tag in its usual form, such as sv, nb or se");
                ok = false;
                continue;
            }
            String text = check.requiredText(field + "." + e.getKey(), e.getValue(), maxLength);
            ok &= text != null && !text.isBlank() && text.length() <= maxLength;
            texts.put(e.getKey(), text);
        }
        for (String language : LocalizedText.REQUIRED) {
            if (!in.containsKey(language)) {
                check.check(false, field + "." + language, "is required: every text is in " + LocalizedText.REQUIRED + " at least");
                ok = false;
            }
        }
        return ok ? LocalizedText.of(texts) : null;
    }

    private static Map<String, List<String>> steps(Validation check, String field, Map<String, List<String>> in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (in == null) {
            return out;
        }
        for (var e : in.entrySet()) {
            String f = field + "." + e.getKey();
            if (!languageTag(e.getKey())) {
                check.check(false, f, "is not a language tag in its usual form, such as sv, nb or se");
                continue;
            }
            List<String> steps = e.getValue() == null ? List.of() : e.getValue();
            check.check(steps.size() <= MAX_STEPS, f, "at most " + MAX_STEPS + " steps");
            List<String> checked = new ArrayList<>();
            for (int i = 0; i < steps.size() && i < MAX_STEPS; i++) {
                String step = check.requiredText(f + "[" + i + "]", steps.get(i), 250);
                check.check(step == null || step.indexOf('\n') < 0 && step.indexOf('\r') < 0, f + "[" + i + "]",
                        "is one line; give each step as its own entry");
                checked.add(step);
            }
            out.put(e.getKey(), checked);
        }
        return out;
    }

    private static boolean languageTag(String tag) {
        return tag != null && !tag.isBlank() && Locale.forLanguageTag(tag).toLanguageTag().equals(tag);
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
