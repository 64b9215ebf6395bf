package org.samverka.modules.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.samverka.api.module.LocalizedText;
import org.samverka.api.module.ModuleInfo;
import org.samverka.api.module.ModuleState;
import org.samverka.api.module.TenantScope;
import org.samverka.api.storage.SchemaAccess;

/** Persists what the registry has seen, in the {@code SAMVERKA_MODULES} schema. */
final class KnownModuleTable {

    private final SchemaAccess db;

    KnownModuleTable(SchemaAccess db) {
        this.db = db;
    }

    List<KnownModule> all() {
        return db.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT ID, BUNDLE_SYMBOLIC_NAME, VERSION, NAME_EN, "
                    + "NAME_SV, NAME_NB, DESCRIPTION_EN, DESCRIPTION_SV, DESCRIPTION_NB, PRACTICE, SCOPE FROM KNOWN_MODULE")) {
                List<KnownModule> known = new ArrayList<>();
                while (rs.next()) {
                    ModuleInfo info = new ModuleInfo(rs.getString(1), rs.getString(3),
                            new LocalizedText(rs.getString(4), rs.getString(5), rs.getString(6)),
                            new LocalizedText(rs.getString(7), rs.getString(8), rs.getString(9)),
                            rs.getString(10), TenantScope.valueOf(rs.getString(11)), ModuleState.INACTIVE);
                    known.add(new KnownModule(info, rs.getString(2)));
                }
                return known;
            }
        });
    }

    void save(KnownModule module) {
        ModuleInfo m = module.info();
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM KNOWN_MODULE WHERE ID = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO KNOWN_MODULE (ID, BUNDLE_SYMBOLIC_NAME, "
                            + "VERSION, NAME_EN, NAME_SV, NAME_NB, DESCRIPTION_EN, DESCRIPTION_SV, DESCRIPTION_NB, PRACTICE, "
                            + "SCOPE, LAST_SEEN) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, m.id());
                delete.executeUpdate();
                Object[] values = {m.id(), module.bundleSymbolicName(), m.version(), m.name().en(), m.name().sv(),
                    m.name().nb(), m.description().en(), m.description().sv(), m.description().nb(), m.practice(),
                    m.scope().name(), Timestamp.from(Instant.now())};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                return insert.executeUpdate();
            }
        });
    }
}
