package org.samverka.plugin.workshop;

import java.util.List;
import java.util.Map;

import org.samverka.api.module.LocalizedText;

/**
 * A method of the library: where it sits in the double diamond, how long it takes and for how
 * many, and its texts in every language the plugin ships. {@code formatToBeConfirmed}: the source
 * gives the method's purpose only, and the steps are Samverka's suggestion.
 *
 * @param origin {@code reference} for a method shipped with the plugin, else the id of the region
 *        whose own method it is
 * @param version the own method's version (its {@code ETag}); {@code null} for a reference method
 *
 * @param stage {@code DISCOVER}, {@code DEFINE}, {@code DEVELOP}, {@code DELIVER} or {@code ANY}
 * @param steps per language tag, in order
 */
public record Method(String id, String stage, int minMinutes, int maxMinutes, int minPeople, int maxPeople,
        boolean formatToBeConfirmed, LocalizedText name, LocalizedText purpose, LocalizedText materials,
        Map<String, List<String>> steps, String origin, Long version) {

    /** Where the reference methods come from. */
    static final String REFERENCE = "reference";

    boolean fitsMinutes(int minutes) {
        return minutes >= minMinutes && minutes <= maxMinutes;
    }

    boolean fitsGroup(int people) {
        return people >= minPeople && people <= maxPeople;
    }
}
