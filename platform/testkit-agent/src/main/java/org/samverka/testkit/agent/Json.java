package org.samverka.testkit.agent;

import java.lang.reflect.Array;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** The agent's JSON: dates as ISO text, and service properties of any type as JSON values. */
final class Json {

    private Json() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> String.valueOf(state);
        };
    }

    static ObjectNode properties(ServiceReference<?> reference, ObjectMapper json) {
        ObjectNode properties = json.createObjectNode();
        for (String key : reference.getPropertyKeys()) {
            put(properties, key, reference.getProperty(key), json);
        }
        return properties;
    }

    /** Strings, numbers, booleans and arrays of them as they are; anything else as its text. */
    static void put(ObjectNode target, String key, Object value, ObjectMapper json) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            target.set(key, json.valueToTree(value));
        } else if (value.getClass().isArray()) {
            ArrayNode list = target.putArray(key);
            for (int i = 0; i < Array.getLength(value); i++) {
                Object element = Array.get(value, i);
                list.add(element instanceof Number || element instanceof Boolean ? json.valueToTree(element)
                        : json.getNodeFactory().textNode(String.valueOf(element)));
            }
        } else {
            target.put(key, String.valueOf(value));
        }
    }
}
