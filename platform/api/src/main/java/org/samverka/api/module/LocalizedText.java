package org.samverka.api.module;

import java.util.Locale;
import java.util.Objects;

/** A text a person reads, in English ({@code en}), Swedish ({@code sv}) and Norwegian Bokmål ({@code nb}). */
public record LocalizedText(String en, String sv, String nb) {

    public LocalizedText {
        requireText(en, "en");
        requireText(sv, "sv");
        requireText(nb, "nb");
    }

    /** The text in the given language; English for any language other than Swedish or Norwegian. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "sv" -> sv;
            case "nb", "no", "nn" -> nb;
            default -> en;
        };
    }

    private static void requireText(String text, String language) {
        if (Objects.requireNonNull(text, language).isBlank()) {
            throw new IllegalArgumentException("text in '" + language + "' is blank");
        }
    }
}
