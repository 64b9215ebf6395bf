package org.samverka.plugin.lifecycle;

import java.time.LocalDate;
import java.util.List;

import org.samverka.api.rest.Validation;

/** An action as a client sends it; {@code itemIds} link the items it addresses. */
public record CapacityActionInput(Phase phase, List<Long> itemIds, String title, String responsible, LocalDate dueDate,
        ActionStatus status) {

    CapacityActionInput validated() {
        var check = new Validation();
        check.required("phase", phase);
        String cleanTitle = check.requiredText("title", title, 200);
        String cleanResponsible = check.optionalText("responsible", responsible, 200);
        List<Long> links = itemIds == null ? List.of() : itemIds;
        check.check(links.size() <= 50, "itemIds", "must link at most 50 items");
        check.check(links.stream().allMatch(id -> id != null && id > 0), "itemIds", "must be ids of capacity items");
        check.date("dueDate", dueDate);
        check.throwIfInvalid();
        return new CapacityActionInput(phase, List.copyOf(links), cleanTitle, cleanResponsible, dueDate,
                status == null ? ActionStatus.OPEN : status);
    }
}
