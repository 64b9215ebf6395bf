package org.samverka.plugin.cocreation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.samverka.api.rest.Validation;

/** Texts a municipality writes in the languages it works in: at least one, each under its language tag. */
final class Texts {

    private Texts() {
    }

    /** The checked texts, or {@code null} with an error recorded when none is given or one is bad. */
    static Map<String, String> check(Validation check, String field, Map<String, String> in, int maxLength) {
        if (in == null || in.isEmpty()) {
            check.check(false, field, "is required: the text in at least one language, such as {\"nb\": \"…\"}");
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : in.entrySet()) {
            String tag = e.getKey();
            if (tag == null || tag.isBlank() || !Locale.forLanguageTag(tag).toLanguageTag().equals(tag)) {
                check.check(false, field + "." + tag, "is not a language tag in its usual form, such as nb, sv or se");
                continue;
            }
            out.put(tag, check.requiredText(field + "." + tag, e.getValue(), maxLength));
        }
        return out;
    }

    /** The text in the language, else in English, Norwegian Bokmål, Swedish, else any it has. */
    static String in(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        for (String tag : new String[] {language, "en", "nb", "sv"}) {
            if (texts.get(tag) != null) {
                return texts.get(tag);
            }
        }
        return texts.values().iterator().next();
    }
}
