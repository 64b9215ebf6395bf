package org.samverka.api.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText notes = LocalizedText.of(Map.of("en", "Notes", "sv", "Anteckningar", "nb", "Notater",
            "se", "Notáhtat"));

    @Test
    void aTextIsInTheLanguageAskedForOrElseInEnglish() {
        assertEquals("Notáhtat", notes.in(Locale.forLanguageTag("se")));
        assertEquals("Anteckningar", notes.in(Locale.forLanguageTag("sv-FI")));
        assertEquals("Notater", notes.in(Locale.forLanguageTag("nn")));
        assertEquals("Notater", notes.in(Locale.forLanguageTag("no")));
        assertEquals("Notes", notes.in(Locale.forLanguageTag("fi")));
        assertEquals("en", notes.languageFor(List.of(Locale.forLanguageTag("de"))));
        assertEquals("sv", notes.languageFor(List.of(Locale.GERMAN, Locale.forLanguageTag("sv-FI"), Locale.ENGLISH)));
    }

    @Test
    void theRequiredLanguagesComeFirstAndAreRequired() {
        assertEquals(List.of("en", "sv", "nb", "se"), List.copyOf(notes.keySet()));
        assertThrows(NullPointerException.class, () -> LocalizedText.of(Map.of("en", "Notes", "sv", "Anteckningar")));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText("Notes", " ", "Notater"));
        assertThrows(IllegalArgumentException.class,
                () -> LocalizedText.of(Map.of("en", "Notes", "sv", "Anteckningar", "nb", "Notater", "SE", "Notáhtat")));
    }

    @Test
    void labelsComeFromOneFilePerLanguage() {
        Labels labels = Labels.of(LocalizedTextTest.class, "test");
        assertEquals(java.util.Set.of("en", "nb", "se", "sv"), labels.languages());
        assertEquals("Notáhtat", labels.text("name").in(Locale.forLanguageTag("se")));
        LocalizedText greeting = labels.format("greeting", "Kiruna");
        assertEquals("Välkommen, Kiruna!", greeting.sv());
        assertEquals("Welcome, Kiruna!", greeting.in(Locale.forLanguageTag("se")));
        assertThrows(IllegalStateException.class, () -> Labels.of(LocalizedTextTest.class, "broken"));
    }

    @Test
    void aLocalizedArgumentGoesInInTheLabelsLanguage() {
        Labels labels = Labels.of(LocalizedTextTest.class, "test");
        LocalizedText greeting = labels.format("greeting", new LocalizedText("Tornio Valley", "Tornedalen", "Tornedalen"));
        assertEquals("Welcome, Tornio Valley!", greeting.en());
        assertEquals("Välkommen, Tornedalen!", greeting.sv());
        assertEquals("Welcome, {0} $1 {1}!", labels.format("greeting", "{0} $1 {1}").en());
    }
}
