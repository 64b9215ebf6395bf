package org.samverka.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots one Samverka for the test class, with the plugin under test in its plugins folder, and
 * hands it to test and lifecycle methods as a {@link Samverka} parameter. Stopped after the class.
 *
 * <pre>{@code
 * @SamverkaTest(modules = "greetings")
 * class GreetingsIT {
 *     @Test
 *     void greets(Samverka samverka) {
 *         samverka.enable("greetings", "lulea");
 *         assertEquals(200, samverka.admin().get("/municipalities/lulea/greetings").status());
 *     }
 * }
 * }</pre>
 *
 * What it boots comes from system properties, which the plugin parent's failsafe set-up passes:
 * the runtime (see {@code RuntimeLocator}: {@code samverka.runtime}, or {@code samverka.sdk} and
 * {@code samverka.version}), {@code samverka.plugin} (the jar the build made; a path-separated
 * list for several) and {@code samverka.test.data} (where each class's data folder goes).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SamverkaExtension.class)
public @interface SamverkaTest {

    /**
     * Module ids that must be serving before the first test runs; empty waits for as many
     * modules as plugin jars were put in.
     */
    String[] modules() default {};

    /**
     * Installs the test kit's agent bundle, so that {@link Samverka#framework()} can stop bundles,
     * disable components, read the REST runtime's DTOs and services, add a health check or call a
     * service inside the platform. Off by default: a plugin's tests rarely need it.
     */
    boolean framework() default false;
}
