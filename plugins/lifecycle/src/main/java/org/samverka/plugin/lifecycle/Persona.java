package org.samverka.plugin.lifecycle;

import java.time.Instant;
import java.util.List;

import org.samverka.api.rest.Validation;

/** A target group of a region, such as Norrbotten's global lifestyle migrant. */
public record Persona(long id, String regionId, String name, String description, List<String> drivers, String origin,
        long version, Instant createdAt, Instant updatedAt) {

    /** A persona as a client sends it. */
    public record Input(String name, String description, List<String> drivers, String origin) {

        /** Most drivers a persona has; 30 of 200 characters, one per line, fit the DRIVERS column. */
        static final int MAX_DRIVERS = 30;

        Input validated() {
            var check = new Validation();
            String cleanName = check.requiredText("name", name, 200);
            String cleanDescription = check.optionalText("description", description, 2000);
            List<String> cleanDrivers = new java.util.ArrayList<>();
            List<String> given = drivers == null ? List.of() : drivers;
            check.check(given.size() <= MAX_DRIVERS, "drivers", "must hold at most " + MAX_DRIVERS + " drivers");
            for (int i = 0; i < given.size() && i < MAX_DRIVERS; i++) {
                String driver = check.requiredText("drivers[" + i + "]", given.get(i), 200);
                check.check(driver == null || !driver.contains("\n") && !driver.contains("\r"), "drivers[" + i + "]",
                        "must be a single line");
                cleanDrivers.add(driver == null ? "" : driver);
            }
            String cleanOrigin = check.optionalText("origin", origin, 200);
            check.throwIfInvalid();
            return new Input(cleanName, cleanDescription, cleanDrivers, cleanOrigin);
        }
    }
}
