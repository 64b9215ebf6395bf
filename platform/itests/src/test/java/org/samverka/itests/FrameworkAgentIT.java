package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * The test kit's framework agent answers only the test that booted it (the secret of that boot),
 * and says clearly what it cannot do; the other classes use it for real work.
 */
@SamverkaTest(framework = true)
class FrameworkAgentIT {

    @Test
    void withoutTheBootsSecretTheAgentRefuses(Samverka samverka) {
        Client outsider = samverka.anonymous();
        String bundles = samverka.uri().resolve("/testkit/bundles").toString();
        Reply none = outsider.get(bundles);
        assertEquals(403, none.status(), none.toString());
        assertTrue(none.isProblem(), none.toString());
        assertEquals(403, outsider.get(bundles, "Samverka-Testkit-Secret", "guessed").status());
        Reply withAdminToken = samverka.admin().post(samverka.uri().resolve("/testkit/bundles/org.samverka.storage/stop").toString(), null);
        assertEquals(403, withAdminToken.status(), "the platform-admin token is not the agent's secret");
        assertEquals("ACTIVE", samverka.framework().state("org.samverka.storage").orElseThrow());
    }

    @Test
    void whatTheAgentCannotDoIsSaidPlainly(Samverka samverka) {
        IllegalStateException noBundle = assertThrows(IllegalStateException.class, () -> samverka.framework().stop("org.example.nothing"));
        assertTrue(noBundle.getMessage().contains("No bundle org.example.nothing is installed"), noBundle.getMessage());
        IllegalStateException noService = assertThrows(IllegalStateException.class,
                () -> samverka.framework().call("org.example.Nothing", "go"));
        assertTrue(noService.getMessage().contains("No service org.example.Nothing"), noService.getMessage());
        assertTrue(samverka.framework().bundles().size() > 40, "every bundle is listed");
        assertFalse(samverka.framework().components("org.samverka.security").isEmpty());
    }
}
