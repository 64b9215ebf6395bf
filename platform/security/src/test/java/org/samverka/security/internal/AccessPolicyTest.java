package org.samverka.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverka.api.security.Access;
import org.samverka.api.security.Caller;
import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;

class AccessPolicyTest {

    private static final Map<String, String> REGION_OF = Map.of("kiruna", "norrbotten", "lulea", "norrbotten", "umea", "vasterbotten");
    private static final AccessPolicy.Regions REGIONS = id -> Optional.ofNullable(REGION_OF.get(id));

    private static Caller caller(Role role, Scope scope) {
        return new Caller("t", "test", role, scope);
    }

    private static boolean allows(Caller caller, String method, String path) {
        return AccessPolicy.allows(caller, AccessPolicy.demandOf(method, path, null), REGIONS);
    }

    @Test
    void aMunicipalityViewerReadsItsOwnDataOnly() {
        Caller viewer = caller(Role.VIEWER, Scope.municipality("kiruna"));
        assertTrue(allows(viewer, "GET", "municipalities/kiruna/lifecycle/items"));
        assertFalse(allows(viewer, "POST", "municipalities/kiruna/lifecycle/items"));
        assertFalse(allows(viewer, "GET", "municipalities/lulea/lifecycle/items"));
        assertFalse(allows(viewer, "GET", "regions/norrbotten/lifecycle/matrix"));
        assertFalse(allows(viewer, "GET", "municipalities/umea"));
    }

    @Test
    void aRegionAdminHoldsItsRegionAndItsMunicipalitiesButNotTheTenantsThemselves() {
        Caller admin = caller(Role.REGION_ADMIN, Scope.region("norrbotten"));
        assertTrue(allows(admin, "GET", "regions/norrbotten/municipalities"));
        assertTrue(allows(admin, "POST", "municipalities/lulea/notes"));
        assertTrue(allows(admin, "PUT", "municipalities/lulea/modules/notes"));
        assertFalse(allows(admin, "GET", "municipalities/umea/notes"));
        assertFalse(allows(admin, "PUT", "regions/norrbotten"));
        assertFalse(allows(admin, "POST", "regions"));
    }

    @Test
    void aWriteOutsideTenantPathsNeedsThePlatformAdminUnlessTheMethodDeclaresOtherwise() {
        Caller editor = caller(Role.EDITOR, Scope.municipality("kiruna"));
        Caller regionAdmin = caller(Role.REGION_ADMIN, Scope.region("norrbotten"));
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            assertFalse(allows(editor, method, "feedback"));
            assertFalse(allows(regionAdmin, method, "somewhere/else"));
            assertFalse(allows(regionAdmin, method, ""));
            assertTrue(allows(caller(Role.PLATFORM_ADMIN, Scope.PLATFORM), method, "feedback"));
        }
        assertTrue(allows(caller(Role.VIEWER, Scope.municipality("kiruna")), "GET", "feedback"), "reads stay open to every token");

        Access openToEditors = access(Access.Level.WRITE, Access.Reach.TENANT);
        assertTrue(AccessPolicy.allows(editor, AccessPolicy.demandOf("POST", "feedback", openToEditors), REGIONS));
        assertFalse(AccessPolicy.allows(caller(Role.VIEWER, Scope.municipality("kiruna")),
                AccessPolicy.demandOf("POST", "feedback", openToEditors), REGIONS));
    }

    @Test
    void anUnknownMunicipalityIsHeldByThePlatformOnlySoItsExistenceIsNotRevealed() {
        assertFalse(allows(caller(Role.REGION_ADMIN, Scope.region("norrbotten")), "GET", "municipalities/atlantis"));
        assertTrue(allows(caller(Role.PLATFORM_ADMIN, Scope.PLATFORM), "GET", "municipalities/atlantis"));
    }

    @Test
    void declaredReachWidensOrNarrowsWhatThePathImplies() {
        Caller kiruna = caller(Role.VIEWER, Scope.municipality("kiruna"));
        Access members = access(Access.Level.READ, Access.Reach.REGION_MEMBERS);
        assertTrue(AccessPolicy.allows(kiruna, AccessPolicy.demandOf("GET", "regions/norrbotten", members), REGIONS));
        assertFalse(AccessPolicy.allows(kiruna, AccessPolicy.demandOf("GET", "regions/vasterbotten", members), REGIONS));

        Access wholeRegion = access(Access.Level.READ, Access.Reach.WHOLE_REGION);
        assertFalse(AccessPolicy.allows(kiruna, AccessPolicy.demandOf("GET", "municipalities/kiruna/x/compare", wholeRegion), REGIONS));
        assertTrue(AccessPolicy.allows(caller(Role.VIEWER, Scope.region("norrbotten")),
                AccessPolicy.demandOf("GET", "municipalities/kiruna/x/compare", wholeRegion), REGIONS));

        Access readByPost = access(Access.Level.READ, Access.Reach.TENANT);
        assertTrue(AccessPolicy.allows(kiruna, AccessPolicy.demandOf("POST", "municipalities/kiruna/x/preview", readByPost), REGIONS));
    }

    @Test
    void nobodyGrantsMorePowerOrAWiderScopeThanItsOwn() {
        Caller regionAdmin = caller(Role.REGION_ADMIN, Scope.region("norrbotten"));
        assertTrue(AccessPolicy.mayGrant(regionAdmin, Role.EDITOR, Scope.municipality("lulea"), REGIONS));
        assertTrue(AccessPolicy.mayGrant(regionAdmin, Role.REGION_ADMIN, Scope.region("norrbotten"), REGIONS));
        assertFalse(AccessPolicy.mayGrant(regionAdmin, Role.PLATFORM_ADMIN, Scope.PLATFORM, REGIONS));
        assertFalse(AccessPolicy.mayGrant(regionAdmin, Role.VIEWER, Scope.region("vasterbotten"), REGIONS));
        assertFalse(AccessPolicy.mayGrant(regionAdmin, Role.VIEWER, Scope.municipality("umea"), REGIONS));
        assertFalse(AccessPolicy.mayGrant(caller(Role.EDITOR, Scope.PLATFORM), Role.VIEWER, Scope.municipality("lulea"), REGIONS));
    }

    @Test
    void adminRolesComeWithTheirOwnKindOfScope() {
        assertTrue(AccessPolicy.fits(Role.PLATFORM_ADMIN, Scope.PLATFORM));
        assertFalse(AccessPolicy.fits(Role.PLATFORM_ADMIN, Scope.region("norrbotten")));
        assertFalse(AccessPolicy.fits(Role.REGION_ADMIN, Scope.municipality("kiruna")));
        assertTrue(AccessPolicy.fits(Role.VIEWER, Scope.municipality("kiruna")));
    }

    @Test
    void scopesReadAndWriteTheirTextForm() {
        assertEquals(Scope.region("norrbotten"), Scope.parse("region:norrbotten").orElseThrow());
        assertEquals("municipality:kiruna", Scope.municipality("kiruna").toString());
        assertTrue(Scope.parse("county:x").isEmpty());
        assertTrue(Scope.parse("region:").isEmpty());
    }

    @Test
    void secretsAreLongRandomAndStoredOnlyAsTheirHash() {
        String a = TokenSecrets.newSecret();
        assertTrue(a.length() >= 40, a);
        assertFalse(a.equals(TokenSecrets.newSecret()));
        assertEquals(64, TokenSecrets.hash(a).length());
        assertTrue(TokenSecrets.sameHash(TokenSecrets.hash(a), TokenSecrets.hash(a)));
    }

    private static Access access(Access.Level level, Access.Reach reach) {
        return new Access() {
            @Override
            public Class<Access> annotationType() {
                return Access.class;
            }

            @Override
            public Access.Level value() {
                return level;
            }

            @Override
            public Access.Reach reach() {
                return reach;
            }
        };
    }
}
