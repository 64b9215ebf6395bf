package org.samverka.plugin.lifecycle;

import java.util.List;

import org.samverka.api.rest.Validation;

/** A catalogue entry as a region sends it. */
public record CatalogueEntryInput(Phase phase, String title, String description, Boolean regionLevel,
        ItemStatus regionStatus, List<String> reliedOnBy) {

    static final int MAX_RELIANT = 400;

    /**
     * The input with text trimmed. A region-level resource needs its status; {@code reliedOnBy}
     * (null for every municipality of the region) belongs to region-level resources only.
     */
    CatalogueEntryInput validated() {
        var check = new Validation();
        check.required("phase", phase);
        String cleanTitle = check.requiredText("title", title, 200);
        String cleanDescription = check.optionalText("description", description, 2000);
        boolean level = Boolean.TRUE.equals(regionLevel);
        check.check(!level || regionStatus != null, "regionStatus", "is required for a region-level resource");
        check.check(level || regionStatus == null, "regionStatus", "belongs to region-level resources only");
        check.check(level || reliedOnBy == null, "reliedOnBy", "belongs to region-level resources only");
        check.check(reliedOnBy == null || reliedOnBy.size() <= MAX_RELIANT, "reliedOnBy",
                "may name at most " + MAX_RELIANT + " municipalities");
        check.check(reliedOnBy == null || reliedOnBy.stream().allMatch(id -> id != null && !id.isBlank()), "reliedOnBy",
                "must name municipalities by id");
        check.throwIfInvalid();
        return new CatalogueEntryInput(phase, cleanTitle, cleanDescription, level, regionStatus,
                reliedOnBy == null ? null : reliedOnBy.stream().map(String::strip).distinct().sorted().toList());
    }
}
