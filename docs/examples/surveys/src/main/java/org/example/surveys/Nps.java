package org.example.surveys;

/**
 * The Net Promoter Score of a survey's answers: the share of promoters (9–10) less the share of
 * detractors (0–6), in percentage points from -100 to 100; {@code null} without answers.
 */
public record Nps(long answers, long promoters, long passives, long detractors, Double score) {

    /** @param counts how many answers gave each score, index 0 to 10 */
    static Nps of(long[] counts) {
        long promoters = counts[9] + counts[10];
        long passives = counts[7] + counts[8];
        long detractors = 0;
        for (int score = 0; score <= 6; score++) {
            detractors += counts[score];
        }
        long answers = promoters + passives + detractors;
        Double score = answers == 0 ? null : Math.round(1000.0 * (promoters - detractors) / answers) / 10.0;
        return new Nps(answers, promoters, passives, detractors, score);
    }
}
