package org.samverka.api.module;

import java.util.AbstractMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A text a person reads, in as many languages as it was written in, keyed by language tag:
 * English ({@code en}), Swedish ({@code sv}) and Norwegian Bokmål ({@code nb}) always, any other
 * ({@code fi}, {@code se} Northern Sámi, {@code smj} Lule Sámi, {@code fit} Meänkieli, {@code da})
 * as it comes. It is a map, and JSON shows it as one: {@code {"en":"…","sv":"…","nb":"…"}}.
 * Plugins read their texts from resource files with {@link Labels}, so that a new language is a
 * new file.
 */
public final class LocalizedText extends AbstractMap<String, String> {

    /** The languages every text has. */
    public static final List<String> REQUIRED = List.of("en", "sv", "nb");

    private final Map<String, String> texts;

    /** A text in the three required languages. */
    public LocalizedText(String en, String sv, String nb) {
        this(Map.of("en", en, "sv", sv, "nb", nb));
    }

    private LocalizedText(Map<String, String> texts) {
        for (String language : texts.keySet()) {
            if (language == null || !Locale.forLanguageTag(language).toLanguageTag().equals(language)) {
                throw new IllegalArgumentException("'" + language + "' is not a language tag in its usual form, such as se or sv-FI");
            }
        }
        for (String language : REQUIRED) {
            String text = Objects.requireNonNull(texts.get(language), () -> "text in '" + language + "' is missing");
            if (text.isBlank()) {
                throw new IllegalArgumentException("text in '" + language + "' is blank");
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        REQUIRED.forEach(language -> ordered.put(language, texts.get(language)));
        texts.keySet().stream().filter(language -> !REQUIRED.contains(language)).sorted(Comparator.naturalOrder())
                .forEach(language -> ordered.put(language, texts.get(language)));
        this.texts = java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * A text in the given languages, keyed by language tag.
     *
     * @throws IllegalArgumentException when one of {@link #REQUIRED} is missing or blank, or a
     *         key is not a language tag in its usual form ({@code se}, {@code sv-FI}, not {@code SE})
     */
    public static LocalizedText of(Map<String, String> texts) {
        return new LocalizedText(texts);
    }

    /**
     * The text in the given language: the exact tag ({@code se}, {@code sv}), else its language
     * ({@code sv} for {@code sv-FI}), Norwegian {@code no} and {@code nn} read as {@code nb}, and
     * English for any language the text was not written in.
     */
    public String in(Locale locale) {
        return texts.get(languageFor(List.of(locale)));
    }

    /** The text in the first of the wanted languages it has, else in English. */
    public String in(List<Locale> wanted) {
        return texts.get(languageFor(wanted));
    }

    /** The first of the wanted languages this text has ({@link #in}), else {@code en}. */
    public String languageFor(List<Locale> wanted) {
        return firstOffered(texts.keySet(), wanted);
    }

    /**
     * The first wanted language among the offered ones, by exact tag or by language, with
     * Norwegian {@code no} and {@code nn} read as {@code nb}; {@code en} when none is offered.
     */
    public static String firstOffered(Set<String> offered, List<Locale> wanted) {
        for (Locale locale : wanted) {
            String tag = locale.toLanguageTag();
            if (offered.contains(tag)) {
                return tag;
            }
            String language = locale.getLanguage();
            if (language.equals("no") || language.equals("nn")) {
                language = "nb";
            }
            if (offered.contains(language)) {
                return language;
            }
        }
        return "en";
    }

    /** The language tags this text has, the required ones first. */
    public Set<String> languages() {
        return texts.keySet();
    }

    public String en() {
        return texts.get("en");
    }

    public String sv() {
        return texts.get("sv");
    }

    public String nb() {
        return texts.get("nb");
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return texts.entrySet();
    }
}
