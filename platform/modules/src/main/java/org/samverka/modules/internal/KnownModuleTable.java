package org.samverka.modules.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.ModuleInfo;
import org.samverka.api.module.ModuleState;
import org.samverka.api.module.TenantScope;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Transaction;

/**
 * Persists what the registry has seen, in the {@code SAMVERKA_MODULES} schema: a module per row
 * of {@code KNOWN_MODULE}, its name and description per language in {@code KNOWN_MODULE_TEXT}.
 */
final class KnownModuleTable {

    private static final String NAME = "name";
    private static final String DESCRIPTION = "description";

    private final SchemaAccess db;

    KnownModuleTable(SchemaAccess db) {
        this.db = db;
    }

    List<KnownModule> all() {
        return db.transaction(tx -> {
            Map<String, Map<String, Map<String, String>>> texts = texts(tx);
            return tx.list(row -> {
                String id = row.text("ID");
                Map<String, Map<String, String>> own = texts.getOrDefault(id, Map.of());
                ModuleInfo info = new ModuleInfo(id, row.text("VERSION"), LocalizedText.of(own.getOrDefault(NAME, Map.of())),
                        LocalizedText.of(own.getOrDefault(DESCRIPTION, Map.of())), row.text("PRACTICE"),
                        row.enumValue(TenantScope.class, "SCOPE"), ModuleState.INACTIVE);
                return new KnownModule(info, row.text("BUNDLE_SYMBOLIC_NAME"));
            }, "SELECT * FROM KNOWN_MODULE");
        });
    }

    void save(KnownModule module) {
        ModuleInfo m = module.info();
        db.transaction(tx -> {
            tx.update("DELETE FROM KNOWN_MODULE WHERE ID = ?", m.id());
            tx.update("INSERT INTO KNOWN_MODULE (ID, BUNDLE_SYMBOLIC_NAME, VERSION, PRACTICE, SCOPE, LAST_SEEN) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", m.id(), module.bundleSymbolicName(), m.version(), m.practice(), m.scope(),
                    Instant.now());
            insertTexts(tx, m.id(), NAME, m.name());
            insertTexts(tx, m.id(), DESCRIPTION, m.description());
            return null;
        });
    }

    private static void insertTexts(Transaction tx, String moduleId, String field, LocalizedText text) throws SQLException {
        for (Map.Entry<String, String> entry : text.entrySet()) {
            tx.update("INSERT INTO KNOWN_MODULE_TEXT (MODULE_ID, FIELD, LANGUAGE, TEXT) VALUES (?, ?, ?, ?)", moduleId, field,
                    entry.getKey(), entry.getValue());
        }
    }

    /** Module id → field → language → text. */
    private static Map<String, Map<String, Map<String, String>>> texts(Transaction tx) throws SQLException {
        Map<String, Map<String, Map<String, String>>> texts = new HashMap<>();
        tx.list(row -> texts.computeIfAbsent(row.text("MODULE_ID"), id -> new HashMap<>())
                .computeIfAbsent(row.text("FIELD"), field -> new HashMap<>()).put(row.text("LANGUAGE"), row.text("TEXT")),
                "SELECT MODULE_ID, FIELD, LANGUAGE, TEXT FROM KNOWN_MODULE_TEXT");
        return texts;
    }
}
