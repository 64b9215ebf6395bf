package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The web pages' labels: every text in English, Swedish and Bokmål, none left empty. */
class WebLabelsTest {

    @Test
    void everyLabelIsWrittenInEveryLanguage() throws IOException {
        JsonNode labels;
        try (InputStream in = WebLabelsTest.class.getResourceAsStream("/web/labels.json")) {
            labels = new ObjectMapper().readTree(in);
        }
        Set<String> english = keys(labels.path("en"), "");
        for (String lang : List.of("sv", "nb")) {
            assertEquals(english, keys(labels.path(lang), ""), "labels of " + lang);
        }
    }

    private static Set<String> keys(JsonNode node, String prefix) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode value = node.get(name);
            if (value.isObject()) {
                keys.addAll(keys(value, prefix + name + "."));
            } else {
                assertFalse(value.asText().isBlank(), prefix + name);
                keys.add(prefix + name);
            }
        }
        return keys;
    }
}
