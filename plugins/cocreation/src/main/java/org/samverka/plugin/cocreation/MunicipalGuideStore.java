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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantDirectory;

/**
 * A municipality's adaptation of the guide (GUIDE_SETTINGS, CHECK_ITEM): its gating and
 * checklists, replaced whole through the settings' version. No row: the suggestion, version 0.
 */
@Component(service = MunicipalGuideStore.class)
public final class MunicipalGuideStore {

    private final SchemaAccess db;
    private final Guide guide;
    private final TenantDirectory tenants;

    /** The workshop plugin's methods, while it is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile FittingMethods fitting;

    @Activate
    public MunicipalGuideStore(@Reference Storage storage, @Reference Guide guide, @Reference TenantDirectory tenants,
            BundleContext context) {
        this.db = storage.schema(CocreationModule.ID, context.getBundle());
        this.guide = guide;
        this.tenants = tenants;
    }

    MunicipalGuide get(String municipalityId) {
        return db.transaction(tx -> read(tx, municipalityId));
    }

    /** Inside a transaction the caller holds. */
    MunicipalGuide read(Transaction tx, String municipalityId) throws SQLException {
        record Settings(String gating, long version) {
        }
        Settings settings = tx.first(r -> new Settings(r.text("GATING"), r.number("VERSION")),
                "SELECT GATING, VERSION FROM GUIDE_SETTINGS WHERE MUNICIPALITY_ID = ?", municipalityId).orElse(new Settings("WARN", 0));
        record Row(String id, Step step, boolean mandatory, boolean suggestion) {
        }
        List<Row> rows = tx.list(r -> new Row(r.text("ITEM_ID"), Step.valueOf(r.text("STEP")), r.flag("MANDATORY"), r.flag("SUGGESTION")),
                "SELECT * FROM CHECK_ITEM WHERE MUNICIPALITY_ID = ? ORDER BY POSITION", municipalityId);
        record Text(String id, String lang, String text) {
        }
        Map<String, List<Text>> texts = tx.list(r -> new Text(r.text("ITEM_ID"), r.text("LANG"), r.text("TEXT")),
                "SELECT * FROM CHECK_ITEM_TEXT WHERE MUNICIPALITY_ID = ? ORDER BY LANG", municipalityId).stream()
                .collect(Collectors.groupingBy(Text::id));
        String regionId = tenants.municipality(municipalityId).map(Municipality::regionId).orElse("");
        FittingMethods methods = fitting;
        List<MunicipalGuide.StepOf> steps = new ArrayList<>();
        for (Guide.StepGuide step : guide.steps()) {
            List<Guide.CheckItem> checklist = settings.version() == 0 ? step.checklist() : rows.stream().filter(r -> r.step() == step.step())
                    .map(r -> new Guide.CheckItem(r.id(), r.suggestion() ? suggestionText(r.id())
                            : texts.getOrDefault(r.id(), List.of()).stream().collect(Collectors.toMap(Text::lang, Text::text, (a, b) -> a,
                                    LinkedHashMap::new)), r.mandatory(), r.suggestion())).toList();
            steps.add(new MunicipalGuide.StepOf(step.step(), step.name(), step.purpose(), step.guidance(), checklist,
                    methods == null ? List.of() : methods.methods(regionId, step.workshopStages())));
        }
        return new MunicipalGuide(municipalityId, settings.gating(), steps, settings.version());
    }

    /** The checked input as the store writes it: every step's items in order. */
    record Validated(String gating, Map<Step, List<Guide.CheckItem>> checklists) {
    }

    Validated check(MunicipalGuide.Input in) {
        var check = new Validation();
        check.check(in.gating() != null && MunicipalGuide.GATINGS.contains(in.gating()), "gating", "must be WARN or REQUIRE");
        Map<Step, List<Guide.CheckItem>> out = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Step step : Step.values()) {
            List<MunicipalGuide.ItemInput> items = in.checklists() == null ? null : in.checklists().get(step);
            String field = "checklists." + step;
            if (items == null) {
                check.check(false, field, "is required: every step's checklist, in order (an empty list for none)");
                continue;
            }
            check.check(items.size() <= 40, field, "at most 40 items");
            List<Guide.CheckItem> checked = new ArrayList<>();
            for (int i = 0; i < items.size() && i < 40; i++) {
                MunicipalGuide.ItemInput item = items.get(i);
                String f = field + "[" + i + "]";
                if (item == null) {
                    check.check(false, f, "is empty");
                    continue;
                }
                String id = check.requiredSlug(f + ".id", item.id(), 64);
                check.check(id == null || ids.add(id), f + ".id", "is used twice; an item's id is unique in the guide");
                boolean suggested = item.text() == null && guide.steps().stream().flatMap(s -> s.checklist().stream())
                        .anyMatch(c -> c.id().equals(id));
                Map<String, String> text = suggested ? suggestionText(id) : Texts.check(check, f + ".text", item.text(), 500);
                checked.add(new Guide.CheckItem(id, text, Boolean.TRUE.equals(item.mandatory()), suggested));
            }
            out.put(step, checked);
        }
        check.throwIfInvalid();
        return new Validated(in.gating(), out);
    }

    MunicipalGuide replace(String municipalityId, ExpectedVersion expected, Validated in) {
        String what = "co-creation guide of municipality '" + municipalityId + "'";
        try {
            return db.transaction(tx -> {
                long current = tx.first(r -> r.number("VERSION"), "SELECT VERSION FROM GUIDE_SETTINGS WHERE MUNICIPALITY_ID = ?",
                        municipalityId).orElse(0L);
                if (current == 0 && (expected.anyVersion() || expected.versions().contains(0L))) {
                    tx.update("INSERT INTO GUIDE_SETTINGS (MUNICIPALITY_ID, GATING, VERSION, UPDATED_AT) VALUES (?, ?, 1, ?)", municipalityId,
                            in.gating(), Instant.now());
                } else if (current == 0) {
                    throw new StaleVersionException(what, 0);
                } else {
                    tx.versionedRow(what, "GUIDE_SETTINGS", "MUNICIPALITY_ID = ?", municipalityId).update(expected,
                            "GATING = ?, UPDATED_AT = ?", in.gating(), Instant.now());
                }
                tx.update("DELETE FROM CHECK_ITEM WHERE MUNICIPALITY_ID = ?", municipalityId);
                int position = 0;
                for (var step : in.checklists().entrySet()) {
                    for (Guide.CheckItem item : step.getValue()) {
                        tx.update("INSERT INTO CHECK_ITEM (MUNICIPALITY_ID, ITEM_ID, STEP, POSITION, MANDATORY, SUGGESTION) VALUES (?, ?, ?, ?, ?, ?)",
                                municipalityId, item.id(), step.getKey().name(), position++, item.mandatory(), item.suggestion());
                        if (!item.suggestion()) {
                            for (var text : item.text().entrySet()) {
                                tx.update("INSERT INTO CHECK_ITEM_TEXT (MUNICIPALITY_ID, ITEM_ID, LANG, TEXT) VALUES (?, ?, ?, ?)",
                                        municipalityId, item.id(), text.getKey(), text.getValue());
                            }
                        }
                    }
                }
                return read(tx, municipalityId);
            });
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new StaleVersionException(what, get(municipalityId).version());
        }
    }

    private Map<String, String> suggestionText(String id) {
        return guide.steps().stream().flatMap(s -> s.checklist().stream()).filter(c -> c.id().equals(id)).findFirst()
                .map(Guide.CheckItem::text).orElse(Map.of("en", id));
    }
}
