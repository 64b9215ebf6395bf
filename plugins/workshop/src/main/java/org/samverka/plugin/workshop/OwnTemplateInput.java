package org.samverka.plugin.workshop;

import java.util.List;
import java.util.Map;

/**
 * A region's own template (a saved agenda) as a client sends it: days with times and blocks and no
 * dates; a workshop created from it puts the days on weekdays from its {@code startDate}.
 */
public record OwnTemplateInput(String id, Map<String, String> name, Map<String, String> description, List<WorkshopInput.Day> days) {

    static OwnTemplateInput of(MethodLibrary.Template t) {
        return new OwnTemplateInput(t.id(), t.name(), t.description(), t.days());
    }
}
