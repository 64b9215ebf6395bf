package org.samverka.api.module;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a Felix Health Checks {@code HealthCheck} component as a check of a module: {@code GET
 * /api/v1/health} runs it and shows its result under the module, beside the module's state.
 * A check says whether the module can do its work (its store answers, a service it needs is
 * there); it does not make the platform unready, since the other modules still serve.
 * {@code /health} is public: a check's message must hold no personal data and no secret.
 *
 * <pre>{@code
 * @Component
 * @ModuleHealthCheck(module = NotesModule.ID, name = "Notes store answers")
 * public final class NotesHealth implements HealthCheck { ... }
 * }</pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModuleHealthCheck {

    /** Prefix of the property names: {@code hc.name} and {@code hc.tags} of Felix Health Checks, and Samverka's {@code hc.module}. */
    String PREFIX_ = "hc.";

    /** The tag {@code /health} selects checks by. */
    String TAG = "samverka";

    /** The id of the module the check speaks for. */
    String module();

    /** What the check looks at, as an operator reads it in {@code /health}. */
    String name();

    /** Tags of the check; keep {@value #TAG} among them, or {@code /health} does not run it. */
    String[] tags() default TAG;
}
