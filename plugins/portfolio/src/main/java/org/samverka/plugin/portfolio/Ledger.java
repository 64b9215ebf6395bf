package org.samverka.plugin.portfolio;

import java.util.List;

/**
 * The time ledger: hours per month from the municipality and from the programme lead. The
 * municipality must put in at least as much time as the lead ("it is a requirement"): the running
 * ratio is municipality ÷ lead, and below 1.0 it warns. Pure logic.
 */
final class Ledger {

    private Ledger() {
    }

    /** A month's hours. */
    public record Month(String month, double municipalityHours, double leadHours) {
    }

    /** The totals, the ratio ({@code null} before the lead has logged any hours) and whether it warns. */
    public record Summary(double municipalityHours, double leadHours, Double ratio, boolean belowRequirement) {
    }

    static Summary of(List<Month> months) {
        double municipality = months.stream().mapToDouble(Month::municipalityHours).sum();
        double lead = months.stream().mapToDouble(Month::leadHours).sum();
        Double ratio = lead == 0 ? null : java.math.BigDecimal.valueOf(municipality / lead).setScale(2, java.math.RoundingMode.HALF_UP)
                .doubleValue();
        return new Summary(municipality, lead, ratio, ratio != null && municipality < lead);
    }
}
