package org.samverka.plugin.workshop;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.LocalizedText;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/**
 * A region's own methods and templates (tables OWN_*), each with its texts per language and, for
 * a template, its days. A change replaces the texts and days whole, guarded by the version.
 */
@Component(service = OwnLibraryStore.class)
public final class OwnLibraryStore {

    private final SchemaAccess db;
    private final MethodLibrary reference;

    @Activate
    public OwnLibraryStore(@Reference Storage storage, @Reference MethodLibrary reference, BundleContext context) {
        this.db = storage.schema(WorkshopModule.ID, context.getBundle());
        this.reference = reference;
    }

    /** The reference library followed by the region's own methods and templates. */
    Library of(String regionId) {
        return db.transaction(tx -> of(tx, regionId));
    }

    /** As {@link #of(String)}, inside a transaction the caller already holds. */
    Library of(Transaction tx, String regionId) throws SQLException {
        return Library.combined(reference, methods(tx, regionId), templates(tx, regionId));
    }


    Method createMethod(String regionId, Method m) {
        return db.transaction(tx -> {
            insertMethod(tx, regionId, m, Instant.now());
            return method(tx, regionId, m.id());
        });
    }

    Method replaceMethod(String regionId, String id, ExpectedVersion expected, Method m) {
        return db.transaction(tx -> {
            updateMethod(tx, regionId, expected, m, Instant.now());
            return method(tx, regionId, id);
        });
    }

    void deleteMethod(String regionId, String id, ExpectedVersion expected) {
        db.transaction(tx -> methodRow(tx, regionId, id).delete(expected));
    }

    Method method(String regionId, String id) {
        return db.transaction(tx -> method(tx, regionId, id));
    }

    List<Method> methods(String regionId) {
        return db.transaction(tx -> methods(tx, regionId));
    }

    MethodLibrary.Template createTemplate(String regionId, MethodLibrary.Template t) {
        return db.transaction(tx -> {
            insertTemplate(tx, regionId, t, Instant.now());
            return template(tx, regionId, t.id());
        });
    }

    MethodLibrary.Template replaceTemplate(String regionId, String id, ExpectedVersion expected, MethodLibrary.Template t) {
        return db.transaction(tx -> {
            updateTemplate(tx, regionId, expected, t, Instant.now());
            return template(tx, regionId, id);
        });
    }

    void deleteTemplate(String regionId, String id, ExpectedVersion expected) {
        db.transaction(tx -> templateRow(tx, regionId, id).delete(expected));
    }

    MethodLibrary.Template template(String regionId, String id) {
        return db.transaction(tx -> template(tx, regionId, id));
    }

    List<MethodLibrary.Template> templates(String regionId) {
        return db.transaction(tx -> templates(tx, regionId));
    }

    /** What an import did: ids created and ids replaced (a replaced one's version goes up by one). */
    public record Imported(List<String> methodsCreated, List<String> methodsReplaced, List<String> templatesCreated,
            List<String> templatesReplaced) {
    }

    /**
     * Writes every method and template of a checked library file in one transaction: all or
     * nothing. One already there is replaced, still through its version: a change made between
     * the read and the write fails the import rather than being overwritten unseen.
     */
    Imported importAll(String regionId, List<Method> methods, List<MethodLibrary.Template> templates) {
        return db.transaction(tx -> {
            Instant now = Instant.now();
            List<String> mc = new ArrayList<>();
            List<String> mr = new ArrayList<>();
            for (Method m : methods) {
                var current = methodRow(tx, regionId, m.id()).version();
                if (current.isPresent()) {
                    updateMethod(tx, regionId, ExpectedVersion.exactly(current.getAsLong()), m, now);
                    mr.add(m.id());
                } else {
                    insertMethod(tx, regionId, m, now);
                    mc.add(m.id());
                }
            }
            List<String> tc = new ArrayList<>();
            List<String> tr = new ArrayList<>();
            for (MethodLibrary.Template t : templates) {
                var current = templateRow(tx, regionId, t.id()).version();
                if (current.isPresent()) {
                    updateTemplate(tx, regionId, ExpectedVersion.exactly(current.getAsLong()), t, now);
                    tr.add(t.id());
                } else {
                    insertTemplate(tx, regionId, t, now);
                    tc.add(t.id());
                }
            }
            return new Imported(mc, mr, tc, tr);
        });
    }

    private static void insertMethod(Transaction tx, String regionId, Method m, Instant now) throws SQLException {
        tx.update("INSERT INTO OWN_METHOD (REGION_ID, METHOD_ID, STAGE, MIN_MINUTES, MAX_MINUTES, MIN_PEOPLE, MAX_PEOPLE, VERSION, "
                + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId, m.id(), m.stage(), m.minMinutes(),
                m.maxMinutes(), m.minPeople(), m.maxPeople(), now, now);
        writeTexts(tx, regionId, m);
    }

    private static void updateMethod(Transaction tx, String regionId, ExpectedVersion expected, Method m, Instant now)
            throws SQLException {
        methodRow(tx, regionId, m.id()).update(expected, "STAGE = ?, MIN_MINUTES = ?, MAX_MINUTES = ?, MIN_PEOPLE = ?, MAX_PEOPLE = ?, "
                + "UPDATED_AT = ?", m.stage(), m.minMinutes(), m.maxMinutes(), m.minPeople(), m.maxPeople(), now);
        tx.update("DELETE FROM OWN_METHOD_TEXT WHERE REGION_ID = ? AND METHOD_ID = ?", regionId, m.id());
        writeTexts(tx, regionId, m);
    }

    private static void insertTemplate(Transaction tx, String regionId, MethodLibrary.Template t, Instant now) throws SQLException {
        tx.update("INSERT INTO OWN_TEMPLATE (REGION_ID, TEMPLATE_ID, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, 1, ?, ?)",
                regionId, t.id(), now, now);
        writeTemplate(tx, regionId, t);
    }

    private static void updateTemplate(Transaction tx, String regionId, ExpectedVersion expected, MethodLibrary.Template t,
            Instant now) throws SQLException {
        templateRow(tx, regionId, t.id()).update(expected, "UPDATED_AT = ?", now);
        tx.update("DELETE FROM OWN_TEMPLATE_TEXT WHERE REGION_ID = ? AND TEMPLATE_ID = ?", regionId, t.id());
        tx.update("DELETE FROM OWN_TEMPLATE_DAY WHERE REGION_ID = ? AND TEMPLATE_ID = ?", regionId, t.id());
        writeTemplate(tx, regionId, t);
    }

    private static void writeTexts(Transaction tx, String regionId, Method m) throws SQLException {
        Set<String> languages = new TreeSet<>(m.name().keySet());
        languages.addAll(m.purpose().keySet());
        languages.addAll(m.steps().keySet());
        if (m.materials() != null) {
            languages.addAll(m.materials().keySet());
        }
        for (String lang : languages) {
            List<String> steps = m.steps().get(lang);
            tx.update("INSERT INTO OWN_METHOD_TEXT (REGION_ID, METHOD_ID, LANG, NAME, PURPOSE, MATERIALS, STEPS) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    regionId, m.id(), lang, m.name().get(lang), m.purpose().get(lang), m.materials() == null ? null : m.materials().get(lang),
                    steps == null ? null : String.join("\n", steps));
        }
    }

    private static void writeTemplate(Transaction tx, String regionId, MethodLibrary.Template t) throws SQLException {
        Set<String> languages = new TreeSet<>(t.name().keySet());
        if (t.description() != null) {
            languages.addAll(t.description().keySet());
        }
        for (String lang : languages) {
            tx.update("INSERT INTO OWN_TEMPLATE_TEXT (REGION_ID, TEMPLATE_ID, LANG, NAME, DESCRIPTION) VALUES (?, ?, ?, ?, ?)", regionId,
                    t.id(), lang, t.name().get(lang), t.description() == null ? null : t.description().get(lang));
        }
        for (int d = 0; d < t.days().size(); d++) {
            WorkshopInput.Day day = t.days().get(d);
            String blocks = day.blocks().stream().map(b -> (b.methodId() == null ? "break" : b.methodId()) + ":" + b.minutes())
                    .collect(Collectors.joining(","));
            tx.update("INSERT INTO OWN_TEMPLATE_DAY (REGION_ID, TEMPLATE_ID, POSITION, START_MINUTE, END_MINUTE, BLOCKS) VALUES (?, ?, ?, ?, ?, ?)",
                    regionId, t.id(), d, day.start().toSecondOfDay() / 60, day.end().toSecondOfDay() / 60, blocks);
        }
    }

    private record MethodRow(String id, String stage, int minMinutes, int maxMinutes, int minPeople, int maxPeople, long version) {
    }

    private record Text(String id, String lang, String name, String purpose, String materials, String steps) {
    }

    private static List<Method> methods(Transaction tx, String regionId) throws SQLException {
        return methods(tx, regionId, null);
    }

    private static Method method(Transaction tx, String regionId, String id) throws SQLException {
        return methods(tx, regionId, id).stream().findFirst().orElseThrow(() -> new RowNotFoundException(methodWhat(regionId, id)));
    }

    private static List<Method> methods(Transaction tx, String regionId, String onlyId) throws SQLException {
        String and = onlyId == null ? "" : " AND METHOD_ID = ?";
        Object[] args = onlyId == null ? new Object[] {regionId} : new Object[] {regionId, onlyId};
        List<MethodRow> rows = tx.list(r -> new MethodRow(r.text("METHOD_ID"), r.text("STAGE"), r.integer("MIN_MINUTES"),
                r.integer("MAX_MINUTES"), r.integer("MIN_PEOPLE"), r.integer("MAX_PEOPLE"), r.number("VERSION")),
                "SELECT * FROM OWN_METHOD WHERE REGION_ID = ?" + and + " ORDER BY METHOD_ID", args);
        Map<String, List<Text>> texts = tx.list(r -> new Text(r.text("METHOD_ID"), r.text("LANG"), r.text("NAME"), r.text("PURPOSE"),
                r.text("MATERIALS"), r.text("STEPS")), "SELECT * FROM OWN_METHOD_TEXT WHERE REGION_ID = ?" + and + " ORDER BY LANG", args)
                .stream().collect(Collectors.groupingBy(Text::id));
        List<Method> out = new ArrayList<>();
        for (MethodRow row : rows) {
            Map<String, String> name = new LinkedHashMap<>();
            Map<String, String> purpose = new LinkedHashMap<>();
            Map<String, String> materials = new LinkedHashMap<>();
            Map<String, List<String>> steps = new LinkedHashMap<>();
            for (Text t : texts.getOrDefault(row.id(), List.of())) {
                if (t.name() != null) {
                    name.put(t.lang(), t.name());
                }
                if (t.purpose() != null) {
                    purpose.put(t.lang(), t.purpose());
                }
                if (t.materials() != null) {
                    materials.put(t.lang(), t.materials());
                }
                if (t.steps() != null) {
                    steps.put(t.lang(), t.steps().isEmpty() ? List.of() : List.of(t.steps().split("\n")));
                }
            }
            out.add(new Method(row.id(), row.stage(), row.minMinutes(), row.maxMinutes(), row.minPeople(), row.maxPeople(), false,
                    LocalizedText.of(name), LocalizedText.of(purpose), materials.isEmpty() ? null : LocalizedText.of(materials), steps,
                    regionId, row.version()));
        }
        return out;
    }

    private static MethodLibrary.Template template(Transaction tx, String regionId, String id) throws SQLException {
        return templates(tx, regionId, id).stream().findFirst().orElseThrow(() -> new RowNotFoundException(templateWhat(regionId, id)));
    }

    private static List<MethodLibrary.Template> templates(Transaction tx, String regionId) throws SQLException {
        return templates(tx, regionId, null);
    }

    private record TemplateText(String id, String lang, String name, String description) {
    }

    private record TemplateDay(String id, WorkshopInput.Day day) {
    }

    private static List<MethodLibrary.Template> templates(Transaction tx, String regionId, String onlyId) throws SQLException {
        String and = onlyId == null ? "" : " AND TEMPLATE_ID = ?";
        Object[] args = onlyId == null ? new Object[] {regionId} : new Object[] {regionId, onlyId};
        record Head(String id, long version) {
        }
        List<Head> heads = tx.list(r -> new Head(r.text("TEMPLATE_ID"), r.number("VERSION")),
                "SELECT TEMPLATE_ID, VERSION FROM OWN_TEMPLATE WHERE REGION_ID = ?" + and + " ORDER BY TEMPLATE_ID", args);
        Map<String, List<TemplateText>> texts = tx.list(r -> new TemplateText(r.text("TEMPLATE_ID"), r.text("LANG"), r.text("NAME"),
                r.text("DESCRIPTION")), "SELECT * FROM OWN_TEMPLATE_TEXT WHERE REGION_ID = ?" + and + " ORDER BY LANG", args)
                .stream().collect(Collectors.groupingBy(TemplateText::id));
        Map<String, List<TemplateDay>> days = tx.list(r -> new TemplateDay(r.text("TEMPLATE_ID"), day(r.integer("START_MINUTE"),
                r.integer("END_MINUTE"), r.text("BLOCKS"))), "SELECT * FROM OWN_TEMPLATE_DAY WHERE REGION_ID = ?" + and
                + " ORDER BY TEMPLATE_ID, POSITION", args).stream().collect(Collectors.groupingBy(TemplateDay::id));
        List<MethodLibrary.Template> out = new ArrayList<>();
        for (Head head : heads) {
            Map<String, String> name = new LinkedHashMap<>();
            Map<String, String> description = new LinkedHashMap<>();
            for (TemplateText t : texts.getOrDefault(head.id(), List.of())) {
                if (t.name() != null) {
                    name.put(t.lang(), t.name());
                }
                if (t.description() != null) {
                    description.put(t.lang(), t.description());
                }
            }
            out.add(new MethodLibrary.Template(head.id(), LocalizedText.of(name), description.isEmpty() ? null
                    : LocalizedText.of(description), days.getOrDefault(head.id(), List.of()).stream().map(TemplateDay::day).toList(),
                    regionId, head.version()));
        }
        return out;
    }

    private static WorkshopInput.Day day(int startMinute, int endMinute, String blocks) {
        List<WorkshopInput.Block> list = blocks.isEmpty() ? List.of() : Arrays.stream(blocks.split(",")).map(b -> {
            String[] parts = b.split(":");
            return new WorkshopInput.Block(parts[0].equals("break") ? null : parts[0], Integer.parseInt(parts[1]), null);
        }).toList();
        return new WorkshopInput.Day(null, LocalTime.ofSecondOfDay(startMinute * 60L), LocalTime.ofSecondOfDay(endMinute * 60L), list);
    }

    private static org.samverka.api.storage.VersionedRow methodRow(Transaction tx, String regionId, String id) {
        return tx.versionedRow(methodWhat(regionId, id), "OWN_METHOD", "REGION_ID = ? AND METHOD_ID = ?", regionId, id);
    }

    private static org.samverka.api.storage.VersionedRow templateRow(Transaction tx, String regionId, String id) {
        return tx.versionedRow(templateWhat(regionId, id), "OWN_TEMPLATE", "REGION_ID = ? AND TEMPLATE_ID = ?", regionId, id);
    }

    private static String methodWhat(String regionId, String id) {
        return "method '" + id + "' of region '" + regionId + "'";
    }

    private static String templateWhat(String regionId, String id) {
        return "template '" + id + "' of region '" + regionId + "'";
    }
}
