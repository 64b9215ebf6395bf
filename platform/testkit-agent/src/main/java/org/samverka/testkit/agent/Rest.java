package org.samverka.testkit.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;

/** The REST whiteboard's own account of what it serves and what failed, as its DTOs' public fields. */
final class Rest {

    private Rest() {
    }

    static JsonNode runtime(BundleContext context, ObjectMapper json) {
        ServiceReference<JakartarsServiceRuntime> reference = context.getServiceReference(JakartarsServiceRuntime.class);
        JakartarsServiceRuntime runtime = reference == null ? null : context.getService(reference);
        if (runtime == null) {
            throw new FrameworkAgent.Refusal(404, "The REST whiteboard is not running");
        }
        try {
            return json.valueToTree(runtime.getRuntimeDTO());
        } finally {
            context.ungetService(reference);
        }
    }
}
