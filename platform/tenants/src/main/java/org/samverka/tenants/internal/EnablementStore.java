package org.samverka.tenants.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.tenant.ModuleEnablement;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.TenantKind;

/** Which tenants use which modules, kept in the platform schema beside the tenants themselves. */
@Component(service = {ModuleEnablement.class, EnablementStore.class})
public final class EnablementStore implements ModuleEnablement {

    private final SchemaAccess db;

    @Activate
    public EnablementStore(@Reference TenantStore tenants) {
        this.db = tenants.schema();
    }

    @Override
    public boolean isEnabled(TenantKind kind, String tenantId, String moduleId) {
        return db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM MODULE_ENABLEMENT "
                    + "WHERE TENANT_KIND = ? AND TENANT_ID = ? AND MODULE_ID = ?")) {
                q.setString(1, kind.name());
                q.setString(2, tenantId);
                q.setString(3, moduleId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<Municipality> municipalitiesUsing(String regionId, String moduleId) {
        return db.inTransaction(c -> TenantStore.queryMunicipalities(c,
                "SELECT M.ID, M.REGION_ID, M.CODE, M.NAME, M.VERSION, M.CREATED_AT, M.UPDATED_AT FROM MUNICIPALITY M "
                        + "JOIN MODULE_ENABLEMENT E ON E.TENANT_KIND = 'MUNICIPALITY' AND E.TENANT_ID = M.ID "
                        + "WHERE M.REGION_ID = ? AND E.MODULE_ID = ? ORDER BY M.NAME", regionId, moduleId));
    }

    /** The modules the tenant uses, by module id, with when each was enabled (state left empty). */
    List<EnabledModule> enabledFor(TenantKind kind, String tenantId) {
        return db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT MODULE_ID, ENABLED_AT FROM MODULE_ENABLEMENT "
                    + "WHERE TENANT_KIND = ? AND TENANT_ID = ? ORDER BY MODULE_ID")) {
                q.setString(1, kind.name());
                q.setString(2, tenantId);
                try (ResultSet rs = q.executeQuery()) {
                    List<EnabledModule> modules = new ArrayList<>();
                    while (rs.next()) {
                        modules.add(new EnabledModule(rs.getString(1), rs.getTimestamp(2).toInstant(), null));
                    }
                    return modules;
                }
            }
        });
    }

    /**
     * Holds the tenant's row lock while it inserts, so that the tenant cannot be deleted under the
     * new enablement; two requests enabling at once get one true and one false, never an error.
     */
    @Override
    public boolean enable(TenantKind kind, String tenantId, String moduleId) {
        try {
            return db.inTransaction(c -> {
                TenantStore.lockTenant(c, kind, tenantId);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO MODULE_ENABLEMENT "
                        + "(TENANT_KIND, TENANT_ID, MODULE_ID, ENABLED_AT) SELECT ?, ?, ?, ? FROM SYSIBM.SYSDUMMY1 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM MODULE_ENABLEMENT WHERE TENANT_KIND = ? AND TENANT_ID = ? AND MODULE_ID = ?)")) {
                    insert.setString(1, kind.name());
                    insert.setString(2, tenantId);
                    insert.setString(3, moduleId);
                    insert.setTimestamp(4, Timestamp.from(Instant.now()));
                    insert.setString(5, kind.name());
                    insert.setString(6, tenantId);
                    insert.setString(7, moduleId);
                    return insert.executeUpdate() == 1;
                }
            });
        } catch (DuplicateKeyException enabledAtTheSameMoment) {
            return false;
        }
    }

    /** Disables the module; its data stays where the module keeps it. Returns true when it was enabled. */
    boolean disable(TenantKind kind, String tenantId, String moduleId) {
        return db.inTransaction(c -> TenantStore.update(c, "DELETE FROM MODULE_ENABLEMENT "
                + "WHERE TENANT_KIND = ? AND TENANT_ID = ? AND MODULE_ID = ?", kind.name(), tenantId, moduleId) == 1);
    }
}
