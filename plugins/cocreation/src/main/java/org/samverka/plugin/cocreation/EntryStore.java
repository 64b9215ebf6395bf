package org.samverka.plugin.cocreation;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** A project's entries (ENTRY, ENTRY_LINK), each reached only through its municipality's project. */
@Component(service = EntryStore.class)
public final class EntryStore {

    private static final List<String> COLUMNS = List.of("TEXT_A", "TEXT_B", "TEXT_C", "CHOICE_A", "CHOICE_B", "ENTRY_DATE");

    private final SchemaAccess db;

    @Activate
    public EntryStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(CocreationModule.ID, context.getBundle());
    }

    List<Entry> list(String municipalityId, long projectId, EntryKind kind) {
        return db.transaction(tx -> {
            ProjectStore.requireProject(tx, municipalityId, projectId);
            return entries(tx, projectId).stream().filter(e -> kind == null || e.kind() == kind).toList();
        });
    }

    Entry get(String municipalityId, long projectId, EntryKind kind, long id) {
        return db.transaction(tx -> {
            ProjectStore.requireProject(tx, municipalityId, projectId);
            return find(tx, projectId, kind, id);
        });
    }

    /** The fields and links as sent, checked against the kind; 400 naming every bad field, unknown ones too. */
    static Map<String, Object> check(EntryKind kind, Map<String, Object> in) {
        var check = new Validation();
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(kind.fields().stream().map(EntryKind.Field::name).toList());
        known.add("links");
        for (String key : in.keySet()) {
            check.check(known.contains(key) || List.of("id", "kind", "projectId", "version", "createdAt", "updatedAt").contains(key), key,
                    "is not a field of " + kind.path() + "; they have " + known);
        }
        for (EntryKind.Field f : kind.fields()) {
            Object value = in.get(f.name());
            check.check(value == null || value instanceof String, f.name(), "must be text");
            String text = value instanceof String s ? s : null;
            switch (f.type()) {
                case "TEXT" -> out.put(f.name(), f.required() ? check.requiredText(f.name(), text, f.maxLength())
                        : check.optionalText(f.name(), text, f.maxLength()));
                case "CHOICE" -> {
                    check.check(text != null || !f.required(), f.name(), "is required: one of " + f.choices());
                    check.check(text == null || f.choices().contains(text), f.name(), "must be one of " + f.choices());
                    out.put(f.name(), text);
                }
                default -> {
                    LocalDate date = null;
                    try {
                        date = text == null ? null : LocalDate.parse(text);
                    } catch (java.time.format.DateTimeParseException e) {
                        check.check(false, f.name(), "must be a date such as 2026-05-04");
                    }
                    check.date(f.name(), date);
                    out.put(f.name(), date);
                }
            }
        }
        List<Long> links = new ArrayList<>();
        Object raw = in.get("links");
        if (raw instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check.check(list.get(i) instanceof Number, "links[" + i + "]", "must be the id of an entry of this project");
                if (list.get(i) instanceof Number n) {
                    links.add(n.longValue());
                }
            }
        } else {
            check.check(raw == null, "links", "must be a list of entry ids");
        }
        check.check(links.isEmpty() || !kind.linksTo().isEmpty(), "links", kind.path() + " link to nothing");
        check.throwIfInvalid();
        out.put("links", links.stream().distinct().toList());
        return out;
    }

    Entry create(String municipalityId, long projectId, EntryKind kind, Map<String, Object> checked) {
        Instant now = Instant.now();
        return db.transaction(tx -> {
            ProjectStore.requireProject(tx, municipalityId, projectId);
            List<Object> args = new ArrayList<>(List.of(projectId, kind.name()));
            args.addAll(columns(kind, checked));
            args.add(now);
            args.add(now);
            long id = tx.insert("INSERT INTO ENTRY (PROJECT_ID, KIND, " + String.join(", ", COLUMNS) + ", VERSION, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", args.toArray());
            writeLinks(tx, projectId, kind, id, checked);
            return find(tx, projectId, kind, id);
        });
    }

    Entry replace(String municipalityId, long projectId, EntryKind kind, long id, ExpectedVersion expected, Map<String, Object> checked) {
        return db.transaction(tx -> {
            ProjectStore.requireProject(tx, municipalityId, projectId);
            List<Object> args = new ArrayList<>(columns(kind, checked));
            args.add(Instant.now());
            row(tx, projectId, kind, id).update(expected, COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
                    + ", UPDATED_AT = ?", args.toArray());
            tx.update("DELETE FROM ENTRY_LINK WHERE FROM_ID = ?", id);
            writeLinks(tx, projectId, kind, id, checked);
            return find(tx, projectId, kind, id);
        });
    }

    void delete(String municipalityId, long projectId, EntryKind kind, long id, ExpectedVersion expected) {
        db.transaction(tx -> {
            ProjectStore.requireProject(tx, municipalityId, projectId);
            return row(tx, projectId, kind, id).delete(expected);
        });
    }

    /** Every entry of a project, oldest first, with its links. */
    static List<Entry> entries(Transaction tx, long projectId) throws SQLException {
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        for (long[] link : tx.list(r -> new long[] {r.number("FROM_ID"), r.number("TO_ID")}, "SELECT L.FROM_ID, L.TO_ID FROM ENTRY_LINK L "
                + "JOIN ENTRY E ON E.ID = L.FROM_ID WHERE E.PROJECT_ID = ? ORDER BY L.TO_ID", projectId)) {
            links.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
        }
        return tx.list(r -> entry(r, links), "SELECT * FROM ENTRY WHERE PROJECT_ID = ? ORDER BY ID", projectId);
    }

    private static Entry entry(Row r, Map<Long, List<Long>> links) throws SQLException {
        EntryKind kind = EntryKind.valueOf(r.text("KIND"));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (EntryKind.Field f : kind.fields()) {
            fields.put(f.name(), f.type().equals("DATE") ? r.date(f.column()) : r.text(f.column()));
        }
        long id = r.number("ID");
        return new Entry(id, r.number("PROJECT_ID"), kind, fields, links.getOrDefault(id, List.of()), r.number("VERSION"),
                r.instant("CREATED_AT"), r.instant("UPDATED_AT"));
    }

    private static List<Object> columns(EntryKind kind, Map<String, Object> checked) {
        Map<String, Object> byColumn = new LinkedHashMap<>();
        kind.fields().forEach(f -> byColumn.put(f.column(), checked.get(f.name())));
        List<Object> values = new ArrayList<>();
        COLUMNS.forEach(c -> values.add(byColumn.get(c)));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static void writeLinks(Transaction tx, long projectId, EntryKind kind, long id, Map<String, Object> checked) throws SQLException {
        List<Long> links = (List<Long>) checked.get("links");
        for (int i = 0; i < links.size(); i++) {
            long to = links.get(i);
            String target = tx.first(r -> r.text("KIND"), "SELECT KIND FROM ENTRY WHERE PROJECT_ID = ? AND ID = ?", projectId, to).orElse(null);
            if (target == null || !kind.mayLinkTo(EntryKind.valueOf(target))) {
                throw ApiProblem.invalid("links[" + i + "]", "must be the id of one of this project's " + kind.linksTo().stream()
                        .map(k -> EntryKind.valueOf(k).path()).toList() + (target == null ? "; there is no such entry" : "; it is one of its "
                        + EntryKind.valueOf(target).path()));
            }
            tx.update("INSERT INTO ENTRY_LINK (FROM_ID, TO_ID) VALUES (?, ?)", id, to);
        }
    }

    private static Entry find(Transaction tx, long projectId, EntryKind kind, long id) throws SQLException {
        return entries(tx, projectId).stream().filter(e -> e.id() == id && e.kind() == kind).findFirst()
                .orElseThrow(() -> new RowNotFoundException(kind.path() + " entry " + id + " of project " + projectId));
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, long projectId, EntryKind kind, long id) {
        return tx.versionedRow(kind.path() + " entry " + id + " of project " + projectId, "ENTRY", "PROJECT_ID = ? AND KIND = ? AND ID = ?",
                projectId, kind.name(), id);
    }
}
