package org.samverka.tenants.internal;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.samverka.api.storage.Transaction;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.Region;
import org.samverka.api.tenant.TenantKind;

/**
 * Every region, municipality and module enablement as of one transaction: a few hundred rows
 * even for all the Nordic countries, read on every request and changed a few times a year.
 * Immutable; {@link TenantCache} replaces it whole after a change.
 */
record TenantSnapshot(long generation, Map<String, Region> regions, Map<String, Municipality> municipalities,
        List<EnabledModuleRow> enablements) {

    /** One row of MODULE_ENABLEMENT. */
    record EnabledModuleRow(TenantKind kind, String tenantId, String moduleId, java.time.Instant enabledAt) {
    }

    static TenantSnapshot read(Transaction tx) throws SQLException {
        long generation = tx.number("SELECT GENERATION FROM TENANT_GENERATION WHERE ID = 1");
        Map<String, Region> regions = byId(tx.list(TenantStore::region, "SELECT * FROM REGION ORDER BY NAME"), Region::id);
        Map<String, Municipality> municipalities = byId(tx.list(TenantStore::municipality,
                "SELECT * FROM MUNICIPALITY ORDER BY NAME"), Municipality::id);
        List<EnabledModuleRow> enablements = tx.list(r -> new EnabledModuleRow(TenantKind.valueOf(r.text("TENANT_KIND")),
                r.text("TENANT_ID"), r.text("MODULE_ID"), r.instant("ENABLED_AT")),
                "SELECT TENANT_KIND, TENANT_ID, MODULE_ID, ENABLED_AT FROM MODULE_ENABLEMENT ORDER BY MODULE_ID");
        return new TenantSnapshot(generation, regions, municipalities, enablements);
    }

    private static <T> Map<String, T> byId(List<T> ordered, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        ordered.forEach(t -> map.put(id.apply(t), t));
        return java.util.Collections.unmodifiableMap(map);
    }

    List<Region> regionList() {
        return List.copyOf(regions.values());
    }

    Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    Optional<Municipality> municipality(String id) {
        return Optional.ofNullable(municipalities.get(id));
    }

    /** Ordered by name, as the database would order them. */
    List<Municipality> municipalitiesOf(String regionId) {
        return municipalities.values().stream().filter(m -> m.regionId().equals(regionId)).toList();
    }

    boolean isEnabled(TenantKind kind, String tenantId, String moduleId) {
        return enablements.stream().anyMatch(e -> e.kind() == kind && e.tenantId().equals(tenantId) && e.moduleId().equals(moduleId));
    }

    List<Municipality> municipalitiesUsing(String regionId, String moduleId) {
        Set<String> using = enablements.stream()
                .filter(e -> e.kind() == TenantKind.MUNICIPALITY && e.moduleId().equals(moduleId))
                .map(EnabledModuleRow::tenantId).collect(Collectors.toSet());
        return municipalitiesOf(regionId).stream().filter(m -> using.contains(m.id())).toList();
    }

    /** Ordered by module id. */
    List<EnabledModule> enabledFor(TenantKind kind, String tenantId) {
        return enablements.stream().filter(e -> e.kind() == kind && e.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(EnabledModuleRow::moduleId))
                .map(e -> new EnabledModule(e.moduleId(), e.enabledAt(), null)).toList();
    }
}
