package org.samverka.plugin.cocreation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** A municipality's principles (PRINCIPLE_SET, PRINCIPLE) and their scores (PRINCIPLE_SCORE, appended, never changed). */
@Component(service = PrinciplesStore.class)
public final class PrinciplesStore {

    private final SchemaAccess db;
    private final Guide guide;

    @Activate
    public PrinciplesStore(@Reference Storage storage, @Reference Guide guide, BundleContext context) {
        this.db = storage.schema(CocreationModule.ID, context.getBundle());
        this.guide = guide;
    }

    Principles get(String municipalityId) {
        return db.transaction(tx -> read(tx, municipalityId));
    }

    List<Principles.Item> check(Principles.Input in) {
        var check = new Validation();
        List<Principles.ItemInput> items = in.principles() == null ? List.of() : in.principles();
        check.check(!items.isEmpty() && items.size() <= 30, "principles", "1 to 30 principles");
        Set<String> ids = new HashSet<>();
        List<Principles.Item> out = new ArrayList<>();
        for (int i = 0; i < items.size() && i < 30; i++) {
            Principles.ItemInput item = items.get(i);
            String f = "principles[" + i + "]";
            if (item == null) {
                check.check(false, f, "is empty");
                continue;
            }
            String id = check.requiredSlug(f + ".id", item.id(), 64);
            check.check(id == null || ids.add(id), f + ".id", "is used twice");
            boolean suggested = item.text() == null && guide.principles().stream().anyMatch(p -> p.id().equals(id));
            Map<String, String> text = suggested ? suggestion(id) : Texts.check(check, f + ".text", item.text(), 500);
            out.add(new Principles.Item(id, text, suggested, null, List.of()));
        }
        check.throwIfInvalid();
        return out;
    }

    Principles replace(String municipalityId, ExpectedVersion expected, List<Principles.Item> items) {
        String what = "principles of municipality '" + municipalityId + "'";
        try {
            return db.transaction(tx -> {
                long current = tx.first(r -> r.number("VERSION"), "SELECT VERSION FROM PRINCIPLE_SET WHERE MUNICIPALITY_ID = ?",
                        municipalityId).orElse(0L);
                if (current == 0 && (expected.anyVersion() || expected.versions().contains(0L))) {
                    tx.update("INSERT INTO PRINCIPLE_SET (MUNICIPALITY_ID, VERSION, UPDATED_AT) VALUES (?, 1, ?)", municipalityId, Instant.now());
                } else if (current == 0) {
                    throw new StaleVersionException(what, 0);
                } else {
                    tx.versionedRow(what, "PRINCIPLE_SET", "MUNICIPALITY_ID = ?", municipalityId).update(expected, "UPDATED_AT = ?",
                            Instant.now());
                }
                tx.update("DELETE FROM PRINCIPLE WHERE MUNICIPALITY_ID = ?", municipalityId);
                for (int i = 0; i < items.size(); i++) {
                    Principles.Item item = items.get(i);
                    tx.update("INSERT INTO PRINCIPLE (MUNICIPALITY_ID, PRINCIPLE_ID, POSITION, SUGGESTION) VALUES (?, ?, ?, ?)", municipalityId,
                            item.id(), i, item.suggestion());
                    if (!item.suggestion()) {
                        for (var text : item.text().entrySet()) {
                            tx.update("INSERT INTO PRINCIPLE_TEXT (MUNICIPALITY_ID, PRINCIPLE_ID, LANG, TEXT) VALUES (?, ?, ?, ?)",
                                    municipalityId, item.id(), text.getKey(), text.getValue());
                        }
                    }
                }
                return read(tx, municipalityId);
            });
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new StaleVersionException(what, get(municipalityId).version());
        }
    }

    /** Appends a score (scores are history: never changed); 404 for a principle not on the municipality's list. */
    Principles.Score assess(String municipalityId, String principleId, int score, String comment, String by) {
        return db.transaction(tx -> {
            if (read(tx, municipalityId).principles().stream().noneMatch(p -> p.id().equals(principleId))) {
                throw new RowNotFoundException("principle '" + principleId + "' of municipality '" + municipalityId + "'");
            }
            long id = tx.insert("INSERT INTO PRINCIPLE_SCORE (MUNICIPALITY_ID, PRINCIPLE_ID, SCORE, COMMENT_TEXT, ASSESSED_BY, ASSESSED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", municipalityId, principleId, score, comment, by, Instant.now());
            return scores(tx, municipalityId).getOrDefault(principleId, List.of()).stream().filter(s -> s.id() == id).findFirst()
                    .orElseThrow();
        });
    }

    private Principles read(Transaction tx, String municipalityId) throws SQLException {
        long version = tx.first(r -> r.number("VERSION"), "SELECT VERSION FROM PRINCIPLE_SET WHERE MUNICIPALITY_ID = ?", municipalityId)
                .orElse(0L);
        Map<String, List<Principles.Score>> scores = scores(tx, municipalityId);
        List<Principles.Item> items = new ArrayList<>();
        if (version == 0) {
            for (Guide.Principle p : guide.principles()) {
                items.add(item(p.id(), p.text(), true, scores));
            }
        } else {
            record Text(String id, String lang, String text) {
            }
            Map<String, List<Text>> texts = tx.list(r -> new Text(r.text("PRINCIPLE_ID"), r.text("LANG"), r.text("TEXT")),
                    "SELECT * FROM PRINCIPLE_TEXT WHERE MUNICIPALITY_ID = ? ORDER BY LANG", municipalityId).stream()
                    .collect(Collectors.groupingBy(Text::id));
            record Row(String id, boolean suggestion) {
            }
            for (Row row : tx.list(r -> new Row(r.text("PRINCIPLE_ID"), r.flag("SUGGESTION")),
                    "SELECT * FROM PRINCIPLE WHERE MUNICIPALITY_ID = ? ORDER BY POSITION", municipalityId)) {
                Map<String, String> text = row.suggestion() ? suggestion(row.id()) : texts.getOrDefault(row.id(), List.of()).stream()
                        .collect(Collectors.toMap(Text::lang, Text::text, (a, b) -> a, LinkedHashMap::new));
                items.add(item(row.id(), text, row.suggestion(), scores));
            }
        }
        return new Principles(municipalityId, items, version);
    }

    private static Principles.Item item(String id, Map<String, String> text, boolean suggestion, Map<String, List<Principles.Score>> scores) {
        List<Principles.Score> history = scores.getOrDefault(id, List.of());
        return new Principles.Item(id, text, suggestion, history.isEmpty() ? null : history.get(0), history);
    }

    private static Map<String, List<Principles.Score>> scores(Transaction tx, String municipalityId) throws SQLException {
        record Row(String principle, Principles.Score score) {
        }
        return tx.list(r -> new Row(r.text("PRINCIPLE_ID"), new Principles.Score(r.number("ID"), r.integer("SCORE"), r.text("COMMENT_TEXT"),
                r.text("ASSESSED_BY"), r.instant("ASSESSED_AT"))), "SELECT * FROM PRINCIPLE_SCORE WHERE MUNICIPALITY_ID = ? ORDER BY ID DESC",
                municipalityId).stream().collect(Collectors.groupingBy(Row::principle, LinkedHashMap::new,
                        Collectors.mapping(Row::score, Collectors.toList())));
    }

    private Map<String, String> suggestion(String id) {
        return guide.principles().stream().filter(p -> p.id().equals(id)).findFirst().<Map<String, String>>map(Guide.Principle::text)
                .orElse(Map.of("en", id));
    }
}
