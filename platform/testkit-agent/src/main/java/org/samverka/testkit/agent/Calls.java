package org.samverka.testkit.agent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Calls a method of a service as another plugin would, with JSON arguments turned into the
 * method's parameter types. By reflection through the providing bundle's classes: the agent does
 * not wire itself to the plugin's API, so the plugin can go and come back while the agent stays.
 */
final class Calls {

    private Calls() {
    }

    static JsonNode call(BundleContext context, JsonNode request, ObjectMapper json) throws InvalidSyntaxException {
        String name = request.path("service").asText();
        String methodName = request.path("method").asText();
        JsonNode arguments = request.path("arguments");
        ServiceReference<?>[] found = context.getAllServiceReferences(name, null);
        if (found == null) {
            throw new FrameworkAgent.Refusal(404, "No service " + name + " is registered");
        }
        Bundle provider = found[0].getBundle();
        Object service = context.getService(found[0]);
        try {
            Method method = Arrays.stream(provider.loadClass(name).getMethods())
                    .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == arguments.size()).findFirst()
                    .orElseThrow(() -> new FrameworkAgent.Refusal(404, name + " has no method " + methodName + " with "
                            + arguments.size() + " parameters"));
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = json.convertValue(arguments.get(i), json.constructType(method.getGenericParameterTypes()[i]));
            }
            return json.valueToTree(method.invoke(service, values));
        } catch (ClassNotFoundException | IllegalAccessException e) {
            throw new IllegalStateException("Could not call " + name + "." + methodName, e);
        } catch (InvocationTargetException e) {
            throw new FrameworkAgent.Refusal(422, name + "." + methodName + " threw " + e.getCause());
        } finally {
            context.ungetService(found[0]);
        }
    }
}
