package org.samverka.plugin.lifecycle;

import org.samverka.api.rest.Validation;

/** A capacity item as a client sends it, in JSON or as a CSV row. */
public record CapacityItemInput(Phase phase, ItemKind kind, String title, String description,
        String responsibleOrganisation, String contact, ItemStatus status, String notes, Long catalogueEntryId) {

    /** The input with text trimmed, after recording every problem in {@code check}. */
    CapacityItemInput validated(Validation check) {
        check.required("phase", phase);
        check.required("kind", kind);
        check.required("status", status);
        check.check(catalogueEntryId == null || catalogueEntryId > 0, "catalogueEntryId", "must be the id of a catalogue entry");
        return new CapacityItemInput(phase, kind, check.requiredText("title", title, 200),
                check.optionalText("description", description, 2000),
                check.optionalText("responsibleOrganisation", responsibleOrganisation, 200),
                check.optionalText("contact", contact, 200), status, check.optionalText("notes", notes, 2000),
                catalogueEntryId);
    }

    CapacityItemInput validated() {
        var check = new Validation();
        CapacityItemInput clean = validated(check);
        check.throwIfInvalid();
        return clean;
    }
}
