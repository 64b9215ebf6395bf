package org.samverka.plugin.lifecycle;

import java.time.Instant;
import java.util.List;

import org.samverka.api.rest.Validation;

/** A target group of a region, such as Norrbotten's global lifestyle migrant. */
public record Persona(long id, String regionId, String name, String description, List<String> drivers, String origin,
        long version, Instant createdAt, Instant updatedAt) {

    /** A persona as a client sends it. */
    public record Input(String name, String description, List<String> drivers, String origin) {

        Input validated() {
            var check = new Validation();
            String cleanName = check.requiredText("name", name, 200);
            String cleanDescription = check.optionalText("description", description, 2000);
            List<String> cleanDrivers = drivers == null ? List.of() : drivers.stream().map(d -> d == null ? "" : d.strip()).toList();
            check.check(cleanDrivers.size() <= 30, "drivers", "must hold at most 30 drivers");
            check.check(cleanDrivers.stream().noneMatch(d -> d.isEmpty() || d.length() > 200 || d.contains("\n")), "drivers",
                    "must be non-empty single-line texts of at most 200 characters");
            String cleanOrigin = check.optionalText("origin", origin, 200);
            check.throwIfInvalid();
            return new Input(cleanName, cleanDescription, cleanDrivers, cleanOrigin);
        }
    }
}
