package org.samverka.modules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverka.api.tenant.TenantKind;

class TenantPathTest {

    @Test
    void aModulePathUnderAMunicipalityNamesTenantAndModule() {
        assertEquals(Optional.of(new TenantPath(TenantKind.MUNICIPALITY, "lulea", "lifecycle")),
                TenantPath.parse("municipalities/lulea/lifecycle/items/3"));
    }

    @Test
    void aModulePathUnderARegionNamesTenantAndModule() {
        assertEquals(Optional.of(new TenantPath(TenantKind.REGION, "norrbotten", "lifecycle")),
                TenantPath.parse("/regions/norrbotten/lifecycle/matrix"));
    }

    @Test
    void platformPathsAreNotModulePaths() {
        assertTrue(TenantPath.parse("regions/norrbotten").isEmpty());
        assertTrue(TenantPath.parse("regions/norrbotten/municipalities").isEmpty());
        assertTrue(TenantPath.parse("municipalities/lulea/modules/lifecycle").isEmpty());
        assertTrue(TenantPath.parse("modules/lifecycle/x").isEmpty());
        assertTrue(TenantPath.parse("health").isEmpty());
    }
}
