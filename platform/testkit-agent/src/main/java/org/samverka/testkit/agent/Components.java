package org.samverka.testkit.agent;

import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Declarative Services components: what each is given, and turning one off and on. */
final class Components {

    private Components() {
    }

    static JsonNode list(BundleContext context, String bundle, ObjectMapper json) {
        return withRuntime(context, runtime -> {
            ArrayNode list = json.createArrayNode();
            Bundle[] bundles = Arrays.stream(context.getBundles())
                    .filter(b -> bundle == null || bundle.equals(b.getSymbolicName())).toArray(Bundle[]::new);
            for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundles)) {
                ObjectNode component = list.addObject().put("name", description.name)
                        .put("bundle", description.bundle.symbolicName).put("enabled", runtime.isComponentEnabled(description));
                ArrayNode configurations = component.putArray("configurations");
                for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                    ObjectNode properties = json.createObjectNode();
                    configuration.properties.forEach((key, value) -> Json.put(properties, key, value, json));
                    configurations.addObject().put("state", state(configuration.state)).set("properties", properties);
                }
            }
            return list;
        });
    }

    /** Disables or enables the component and returns once Declarative Services has done it. */
    static void change(BundleContext context, Bundle bundle, String name, String change) {
        withRuntime(context, runtime -> {
            ComponentDescriptionDTO description = runtime.getComponentDescriptionDTO(bundle, name);
            if (description == null) {
                throw new FrameworkAgent.Refusal(404, "No component " + name + " in " + bundle.getSymbolicName());
            }
            try {
                switch (change) {
                    case "disable" -> runtime.disableComponent(description).getValue();
                    case "enable" -> runtime.enableComponent(description).getValue();
                    default -> throw new FrameworkAgent.Refusal(404, "A component can be disabled or enabled, not '" + change + "'");
                }
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException("Declarative Services did not " + change + " " + name, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            return null;
        });
    }

    private static String state(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> String.valueOf(state);
        };
    }

    private static <T> T withRuntime(BundleContext context, java.util.function.Function<ServiceComponentRuntime, T> use) {
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime runtime = reference == null ? null : context.getService(reference);
        if (runtime == null) {
            throw new FrameworkAgent.Refusal(404, "Declarative Services is not running");
        }
        try {
            return use.apply(runtime);
        } finally {
            context.ungetService(reference);
        }
    }
}
