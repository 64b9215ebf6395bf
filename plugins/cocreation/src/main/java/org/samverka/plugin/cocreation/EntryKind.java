package org.samverka.plugin.cocreation;

import java.util.List;
import java.util.Optional;

/**
 * What a project learns, kind by kind: the fields each kind has (kept in table ENTRY's generic
 * columns, named here once) and the kinds it may link to — the chain insight → need → idea →
 * testable idea → test → decision, and an insight to the actor it came from. One table and one
 * resource serve all seven kinds; a new kind is a new constant, not a new table.
 */
enum EntryKind {
    ACTOR("actors", List.of(Field.text("name", "TEXT_A", 200, true), Field.text("organisation", "TEXT_B", 200, false),
            Field.choice("sector", "CHOICE_A", List.of("PUBLIC", "BUSINESS", "ACADEMIA", "CIVIL_SOCIETY", "RESIDENT"), false),
            Field.choice("role", "CHOICE_B", List.of("OWNER", "PARTNER", "SUPPLIER", "PARTICIPANT", "CLOSEST_TO_NEED"), true)), List.of()),
    INSIGHT("insights", List.of(Field.text("text", "TEXT_A", 2000, true),
            Field.choice("source", "CHOICE_A", List.of("INTERVIEW", "OBSERVATION", "WORKSHOP"), true), Field.date("date")), List.of("ACTOR")),
    NEED("needs", List.of(Field.text("who", "TEXT_A", 500, true), Field.text("what", "TEXT_B", 1000, true),
            Field.text("because", "TEXT_C", 1000, true)), List.of("INSIGHT")),
    IDEA("ideas", List.of(Field.text("text", "TEXT_A", 2000, true)), List.of("NEED")),
    TESTABLE_IDEA("testable-ideas", List.of(Field.text("hypothesis", "TEXT_A", 2000, true), Field.text("howToTest", "TEXT_B", 2000, true),
            Field.text("successMeasure", "TEXT_C", 1000, true)), List.of("IDEA")),
    TEST("tests", List.of(Field.text("result", "TEXT_A", 2000, true),
            Field.choice("outcome", "CHOICE_A", List.of("SUPPORTED", "NOT_SUPPORTED", "INCONCLUSIVE"), true), Field.date("date")),
            List.of("TESTABLE_IDEA")),
    DECISION("decisions", List.of(Field.text("text", "TEXT_A", 2000, true), Field.date("date")), List.of("TEST"));

    /** A field: its JSON name, its column, and what it takes. */
    record Field(String name, String column, String type, int maxLength, boolean required, List<String> choices) {

        static Field text(String name, String column, int maxLength, boolean required) {
            return new Field(name, column, "TEXT", maxLength, required, List.of());
        }

        static Field choice(String name, String column, List<String> choices, boolean required) {
            return new Field(name, column, "CHOICE", 32, required, choices);
        }

        static Field date(String name) {
            return new Field(name, "ENTRY_DATE", "DATE", 0, false, List.of());
        }
    }

    private final String path;
    private final List<Field> fields;
    private final List<String> linksTo;

    EntryKind(String path, List<Field> fields, List<String> linksTo) {
        this.path = path;
        this.fields = fields;
        this.linksTo = linksTo;
    }

    /** The last segment of the kind's address: {@code …/projects/{id}/needs}. */
    String path() {
        return path;
    }

    List<Field> fields() {
        return fields;
    }

    boolean mayLinkTo(EntryKind other) {
        return linksTo.contains(other.name());
    }

    List<String> linksTo() {
        return linksTo;
    }

    static Optional<EntryKind> byPath(String path) {
        for (EntryKind kind : values()) {
            if (kind.path.equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
