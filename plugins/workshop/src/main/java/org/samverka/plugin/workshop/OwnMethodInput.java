package org.samverka.plugin.workshop;

import java.util.List;
import java.util.Map;

/**
 * A region's own method as a client sends it, and as the library export writes it. Texts are
 * keyed by language tag: {@code name} and {@code purpose} in en, sv and nb at least;
 * {@code materials} in those three or left out; {@code steps} in any language given.
 */
public record OwnMethodInput(String id, String stage, Integer minMinutes, Integer maxMinutes, Integer minPeople, Integer maxPeople,
        Map<String, String> name, Map<String, String> purpose, Map<String, String> materials, Map<String, List<String>> steps) {

    static OwnMethodInput of(Method m) {
        return new OwnMethodInput(m.id(), m.stage(), m.minMinutes(), m.maxMinutes(), m.minPeople(), m.maxPeople(), m.name(),
                m.purpose(), m.materials(), m.steps());
    }
}
