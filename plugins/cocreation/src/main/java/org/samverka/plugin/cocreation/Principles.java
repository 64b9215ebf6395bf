package org.samverka.plugin.cocreation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A municipality's principles of co-creation as a self-assessment: its list (Samverka's suggestion
 * until it writes its own; Bodø's text is not in the source), each with its latest score (1–5) and
 * every score given before, so that it can see itself improve.
 */
public record Principles(String municipalityId, List<Item> principles, long version) {

    /** A principle with its scores, newest first. */
    public record Item(String id, Map<String, String> text, boolean suggestion, Score latest, List<Score> history) {
    }

    /** One assessment. */
    public record Score(long id, int score, String comment, String assessedBy, Instant assessedAt) {
    }

    /** The list as a client sends it: a suggested principle's id with no text keeps Samverka's text. */
    public record Input(List<ItemInput> principles) {
    }

    /** A principle as sent. */
    public record ItemInput(String id, Map<String, String> text) {
    }

    /** An assessment as sent. */
    public record ScoreInput(Integer score, String comment) {
    }
}
