package org.samverka.plugin.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.samverka.api.rest.Validation;

/**
 * A target group of a region, such as Norrbotten's "Den globala inflyttaren", kept in the language
 * it was written in ({@code language}) with translations beside it, drivers included.
 */
public record Persona(long id, String regionId, String language, String name, String subtitle, String description,
        List<String> drivers, Map<String, Text> translations, String origin, long version, Instant createdAt,
        Instant updatedAt) {

    /** The persona's texts in one language. */
    public record Text(String name, String subtitle, String description, List<String> drivers) {

        Text validated(Validation check, String prefix) {
            String cleanName = check.requiredText(prefix + "name", name, 200);
            String cleanSubtitle = check.optionalText(prefix + "subtitle", subtitle, 300);
            String cleanDescription = check.optionalText(prefix + "description", description, 2000);
            List<String> cleanDrivers = new ArrayList<>();
            List<String> given = drivers == null ? List.of() : drivers;
            check.check(given.size() <= Input.MAX_DRIVERS, prefix + "drivers", "must hold at most " + Input.MAX_DRIVERS
                    + " drivers");
            for (int i = 0; i < given.size() && i < Input.MAX_DRIVERS; i++) {
                String driver = check.requiredText(prefix + "drivers[" + i + "]", given.get(i), 200);
                check.check(driver == null || !driver.contains("\n") && !driver.contains("\r"), prefix + "drivers[" + i + "]",
                        "must be a single line");
                cleanDrivers.add(driver == null ? "" : driver);
            }
            return new Text(cleanName, cleanSubtitle, cleanDescription, cleanDrivers);
        }
    }

    /** A persona as a client sends it; {@code language} defaults to English. */
    public record Input(String language, String name, String subtitle, String description, List<String> drivers,
            Map<String, Text> translations, String origin) {

        /** Most drivers a persona has; 30 of 200 characters, one per line, fit the DRIVERS column. */
        static final int MAX_DRIVERS = 30;
        private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

        Input validated() {
            var check = new Validation();
            String cleanLanguage = language(check, "language", language == null ? "en" : language);
            Text original = new Text(name, subtitle, description, drivers).validated(check, "");
            Map<String, Text> cleanTranslations = new TreeMap<>();
            Map<String, Text> given = translations == null ? Map.of() : translations;
            check.check(given.size() <= 20, "translations", "may hold at most 20 languages");
            given.forEach((tag, text) -> {
                String cleanTag = language(check, "translations." + tag, tag);
                check.check(!cleanTag.equals(cleanLanguage), "translations." + tag, "is the persona's own language");
                check.check(text != null, "translations." + tag, "must hold the name and drivers in that language");
                if (text != null) {
                    cleanTranslations.put(cleanTag, text.validated(check, "translations." + tag + "."));
                }
            });
            String cleanOrigin = check.optionalText("origin", origin, 200);
            check.throwIfInvalid();
            return new Input(cleanLanguage, original.name(), original.subtitle(), original.description(), original.drivers(),
                    cleanTranslations, cleanOrigin);
        }

        private static String language(Validation check, String field, String tag) {
            String clean = tag == null ? "" : tag.strip();
            check.check(LANGUAGE_TAG.matcher(clean).matches(), field, "must be a language tag such as sv, nb, en or se");
            return clean.toLowerCase(Locale.ROOT);
        }
    }
}
