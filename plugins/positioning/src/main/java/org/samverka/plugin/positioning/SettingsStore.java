package org.samverka.plugin.positioning;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/**
 * A region's settings (REGION_SETTINGS). Criteria and levels are kept one per line as
 * {@code id<TAB>suggestion<TAB>lang=name<TAB>…}: short lists, always read and written whole.
 */
@Component(service = SettingsStore.class)
public final class SettingsStore {

    static final int DEFAULT_STALLED_AFTER_DAYS = 365;

    private final SchemaAccess db;

    @Activate
    public SettingsStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(PositioningModule.ID, context.getBundle());
    }

    Settings get(String regionId) {
        return db.transaction(tx -> read(tx, regionId));
    }

    static Settings read(Transaction tx, String regionId) throws SQLException {
        return tx.first(r -> new Settings(regionId, parse(r.text("CRITERIA")), parse(r.text("LEVELS")), r.integer("STALLED_AFTER_DAYS"),
                r.integer("MIN_N"), r.number("VERSION")), "SELECT * FROM REGION_SETTINGS WHERE REGION_ID = ?", regionId)
                .orElse(new Settings(regionId, suggested(Settings.SUGGESTED_CRITERIA, "criterion."), suggested(Settings.SUGGESTED_LEVELS, "level."),
                        DEFAULT_STALLED_AFTER_DAYS, Nps.DEFAULT_MIN_N, 0));
    }

    Settings check(Settings.Input in) {
        var check = new Validation();
        List<Settings.Named> criteria = named(check, "criteria", in.criteria(), Settings.SUGGESTED_CRITERIA, "criterion.", 1);
        List<Settings.Named> levels = named(check, "levels", in.levels(), Settings.SUGGESTED_LEVELS, "level.", 2);
        check.check(in.stalledAfterDays() != null && in.stalledAfterDays() >= 1 && in.stalledAfterDays() <= 3650, "stalledAfterDays",
                "must be 1 to 3650 days");
        check.check(in.minN() != null && in.minN() >= 1 && in.minN() <= 100_000, "minN", "must be 1 to 100000");
        check.throwIfInvalid();
        return new Settings(null, criteria, levels, in.stalledAfterDays(), in.minN(), 0);
    }

    Settings replace(String regionId, ExpectedVersion expected, Settings in) {
        String what = "positioning settings of region '" + regionId + "'";
        try {
            return db.transaction(tx -> {
                long current = read(tx, regionId).version();
                if (current == 0 && (expected.anyVersion() || expected.versions().contains(0L))) {
                    tx.update("INSERT INTO REGION_SETTINGS (REGION_ID, CRITERIA, LEVELS, STALLED_AFTER_DAYS, MIN_N, VERSION, UPDATED_AT) "
                            + "VALUES (?, ?, ?, ?, ?, 1, ?)", regionId, format(in.criteria()), format(in.levels()), in.stalledAfterDays(), in.minN(),
                            Instant.now());
                } else if (current == 0) {
                    throw new StaleVersionException(what, 0);
                } else {
                    tx.versionedRow(what, "REGION_SETTINGS", "REGION_ID = ?", regionId).update(expected, "CRITERIA = ?, LEVELS = ?, "
                            + "STALLED_AFTER_DAYS = ?, MIN_N = ?, UPDATED_AT = ?", format(in.criteria()), format(in.levels()),
                            in.stalledAfterDays(), in.minN(), Instant.now());
                }
                return read(tx, regionId);
            });
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new StaleVersionException(what, get(regionId).version());
        }
    }

    private static List<Settings.Named> named(Validation check, String field, List<Settings.NamedInput> in, List<String> suggestedIds,
            String labelPrefix, int min) {
        List<Settings.Named> out = new ArrayList<>();
        if (in == null || in.size() < min || in.size() > 12) {
            check.check(false, field, min + " to 12 entries, in order");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String f = field + "[" + i + "]";
            Settings.NamedInput item = in.get(i);
            if (item == null) {
                check.check(false, f, "is empty");
                continue;
            }
            String id = item.id() == null ? null : item.id().strip();
            check.check(id != null && id.matches("[A-Z][A-Z0-9_]{0,31}"), f + ".id", "must be upper-case letters, digits and _, e.g. UNIQUENESS");
            check.check(id == null || ids.add(id), f + ".id", "is used twice");
            if (item.name() == null && id != null && suggestedIds.contains(id)) {
                out.add(new Settings.Named(id, PositioningModule.LABELS.text(labelPrefix + id), true));
                continue;
            }
            Map<String, String> name = new LinkedHashMap<>();
            if (item.name() == null || item.name().isEmpty()) {
                check.check(false, f + ".name", "is required for an entry of your own, in one language at least: {\"sv\": \"…\"}");
            } else {
                for (var e : item.name().entrySet()) {
                    boolean tag = e.getKey() != null && Locale.forLanguageTag(e.getKey()).toLanguageTag().equals(e.getKey());
                    check.check(tag, f + ".name." + e.getKey(), "is not a language tag such as sv, nb or en");
                    String text = check.requiredText(f + ".name." + e.getKey(), e.getValue(), 100);
                    check.check(text == null || !text.matches("(?s).*[\\t\\r\\n].*"), f + ".name." + e.getKey(), "is one line");
                    name.put(e.getKey(), text);
                }
            }
            out.add(new Settings.Named(id, name, false));
        }
        return out;
    }

    private static List<Settings.Named> suggested(List<String> ids, String labelPrefix) {
        return ids.stream().map(id -> new Settings.Named(id, PositioningModule.LABELS.text(labelPrefix + id), true)).toList();
    }

    private static String format(List<Settings.Named> items) {
        return items.stream().map(n -> n.id() + "\t" + n.suggestion() + (n.suggestion() ? "" : "\t" + n.name().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\t")))).collect(Collectors.joining("\n"));
    }

    private static List<Settings.Named> parse(String text) {
        List<Settings.Named> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t");
            boolean suggestion = Boolean.parseBoolean(parts[1]);
            if (suggestion) {
                String prefix = Settings.SUGGESTED_CRITERIA.contains(parts[0]) ? "criterion." : "level.";
                out.add(new Settings.Named(parts[0], PositioningModule.LABELS.text(prefix + parts[0]), true));
            } else {
                Map<String, String> name = new LinkedHashMap<>();
                for (int i = 2; i < parts.length; i++) {
                    int eq = parts[i].indexOf('=');
                    name.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
                }
                out.add(new Settings.Named(parts[0], name, false));
            }
        }
        return out;
    }
}
