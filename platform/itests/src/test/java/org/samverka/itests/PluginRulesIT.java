package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samverka.testkit.RuleSweep;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * The SDK's rule sweep over every endpoint each method plugin documents: 401 without a token,
 * 403 for an editor of another region's tenant, 404 for a tenant without the module — the same
 * check a plugin outside this repository runs on itself.
 */
@SamverkaTest
class PluginRulesIT {

    @BeforeAll
    static void everyPlugin(Samverka samverka) {
        MethodPlugins.deployAll(samverka);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lifecycle", "workshop", "cocreation", "positioning", "portfolio"})
    void everyDocumentedEndpointKeepsThePlatformsRules(String module, Samverka samverka) {
        int checks = RuleSweep.of(samverka, module).documented().run();
        assertTrue(checks >= 3 * 5, module + ": the sweep checked " + checks + " rules");
    }
}
