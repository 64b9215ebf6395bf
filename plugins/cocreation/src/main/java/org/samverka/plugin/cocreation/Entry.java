package org.samverka.plugin.cocreation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One thing a project learned, of one {@link EntryKind}, with its fields by name and the entries it links to. */
record Entry(long id, long projectId, EntryKind kind, Map<String, Object> fields, List<Long> links, long version, Instant createdAt,
        Instant updatedAt) {

    /** As the API shows it: {@code {"id":…,"kind":"NEED","who":…,"what":…,"because":…,"links":[…],…}}. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("projectId", projectId);
        out.put("kind", kind.name());
        out.putAll(fields);
        out.put("links", links);
        out.put("version", version);
        out.put("createdAt", createdAt.toString());
        out.put("updatedAt", updatedAt.toString());
        return out;
    }

    String text(String field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString();
    }
}
