package org.samverka.plugin.positioning;

/**
 * Net Promoter Score from answers 0–10: the share of promoters (9–10) minus the share of
 * detractors (0–6), in percentage points; 7 and 8 are passive. With n, the counts and the 95 %
 * margin of error, 1.96 · √((p_P + p_D − (p_P − p_D)²) / n) · 100. {@code score} and
 * {@code marginOfError} are {@code null} when there are no answers; {@code lowN} warns below the
 * minimum n. Pure logic.
 *
 * @param score rounded to one decimal, half up
 * @param marginOfError rounded to one decimal, half up
 */
public record Nps(int n, int promoters, int passives, int detractors, Double score, Double marginOfError, boolean lowN) {

    /** Below this many answers the score is shown with a warning (Samverka's suggestion; configurable per region). */
    static final int DEFAULT_MIN_N = 30;

    /** From counts per score 0–10 ({@code counts[s]} answers gave {@code s}). */
    static Nps of(long[] counts, int minN) {
        if (counts.length != 11) {
            throw new IllegalArgumentException("counts per score 0 to 10: 11 numbers");
        }
        long promoters = counts[9] + counts[10];
        long passives = counts[7] + counts[8];
        long detractors = 0;
        for (int s = 0; s <= 6; s++) {
            detractors += counts[s];
        }
        long n = promoters + passives + detractors;
        if (n == 0) {
            return new Nps(0, 0, 0, 0, null, null, true);
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double margin = 1.96 * Math.sqrt((p + d - (p - d) * (p - d)) / n) * 100;
        return new Nps((int) n, (int) promoters, (int) passives, (int) detractors, round((p - d) * 100), round(margin), n < minN);
    }

    private static double round(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
