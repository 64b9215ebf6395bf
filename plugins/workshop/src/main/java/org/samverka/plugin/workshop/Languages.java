package org.samverka.plugin.workshop;

import java.util.List;
import java.util.Locale;

import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.ApiProblem;

/** The language an export is written in: {@code ?lang}, else the best of {@code Accept-Language}, else English. */
final class Languages {

    private Languages() {
    }

    /** 400 for a {@code lang} the plugin has no texts in. */
    static String pick(String lang, String acceptLanguage) {
        if (lang != null) {
            if (!LocalizedText.REQUIRED.contains(lang)) {
                throw ApiProblem.invalid("lang", "must be one of " + LocalizedText.REQUIRED);
            }
            return lang;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = acceptLanguage == null ? List.of() : Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            ranges = List.of();
        }
        String best = Locale.lookupTag(ranges, LocalizedText.REQUIRED);
        return best == null ? "en" : best;
    }
}
