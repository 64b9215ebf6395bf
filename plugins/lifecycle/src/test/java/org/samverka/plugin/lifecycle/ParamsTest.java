package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void anExplicitLanguageWins() {
        assertEquals("sv", Params.language("sv", List.of(Locale.ENGLISH)).getLanguage());
    }

    @Test
    void theFirstSpokenAcceptLanguageIsTaken() {
        assertEquals("sv", Params.language(null, List.of(Locale.GERMAN, Locale.forLanguageTag("sv-FI"), Locale.ENGLISH)).getLanguage());
        assertEquals("nb", Params.language(" ", List.of(Locale.forLanguageTag("nn"))).getLanguage());
        assertEquals("nb", Params.language(null, List.of(Locale.forLanguageTag("no-NO"))).getLanguage());
    }

    @Test
    void englishWhenNothingMatches() {
        assertEquals(Locale.ENGLISH, Params.language(null, List.of(Locale.FRENCH)));
        assertEquals(Locale.ENGLISH, Params.language(null, List.of()));
    }
}
