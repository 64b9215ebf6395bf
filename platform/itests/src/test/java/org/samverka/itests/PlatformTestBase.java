package org.samverka.itests;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What every in-container test class shares: the distribution booted once per class (see
 * {@link SamverkaContainer}), and a platform-admin client once the tenants are served.
 */
public abstract class PlatformTestBase {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    protected BundleContext context;

    /** Authenticated with the bootstrap platform-admin token. */
    protected Api api;

    @Configuration
    public Option[] configuration() {
        return SamverkaContainer.options(getClass().getSimpleName());
    }

    @Before
    public void awaitPlatform() {
        api = SamverkaContainer.adminApi(context);
        assertEquals(200, api.await("/api/v1/regions/norrbotten", r -> r.status() == 200, Duration.ofSeconds(60)).status());
    }

    /** The installed bundle with this symbolic name, if any. */
    protected Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }
}
