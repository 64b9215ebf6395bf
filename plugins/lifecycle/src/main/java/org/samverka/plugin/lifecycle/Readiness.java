package org.samverka.plugin.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.samverka.api.module.LocalizedText;

/**
 * The readiness formula. Each item adds its status's weight (in place 1, partial ½, planned ¼,
 * missing 0); a phase scores 100 × the mean weight of its items, 0 when it has none; overall
 * readiness is the mean of the six phase scores. A phase with nothing in place is a white
 * spot, and so is every missing item. Every score lists the items it came from.
 */
public final class Readiness {

    private Readiness() {
    }

    /** One item's part in its phase's score. */
    public record Contribution(long itemId, String title, ItemStatus status, double weight) {
    }

    /** A gap in the receiving capacity. */
    public record WhiteSpot(Phase phase, Long itemId, String title, LocalizedText explanation) {
    }

    /** A phase's score, the reasons behind it, and its open actions. */
    public record PhaseAssessment(Phase phase, LocalizedText name, int score, int items, boolean whiteSpot,
            List<Contribution> reasons, int openActions, int overdueActions) {
    }

    /** The assessment of one municipality. */
    public record Assessment(String municipalityId, int overallReadiness, List<PhaseAssessment> phases,
            List<WhiteSpot> whiteSpots, LocalizedText formula) {
    }

    static final LocalizedText FORMULA = LifecycleLabels.LABELS.text("readiness.formula");

    public static Assessment assess(String municipalityId, List<CapacityItem> items, List<CapacityAction> actions) {
        List<PhaseAssessment> phases = new ArrayList<>();
        List<WhiteSpot> whiteSpots = new ArrayList<>();
        int total = 0;
        for (Phase phase : Phase.values()) {
            List<CapacityItem> inPhase = items.stream().filter(i -> i.phase() == phase).toList();
            List<Contribution> reasons = inPhase.stream()
                    .map(i -> new Contribution(i.id(), i.title(), i.status(), i.status().weight())).toList();
            int score = score(inPhase);
            boolean nothingInPlace = inPhase.stream().noneMatch(i -> i.status() == ItemStatus.IN_PLACE);
            if (nothingInPlace) {
                whiteSpots.add(new WhiteSpot(phase, null, null,
                        LifecycleLabels.LABELS.format("readiness.nothingInPlace", phase.label())));
            }
            inPhase.stream().filter(i -> i.status() == ItemStatus.MISSING).forEach(i -> whiteSpots.add(new WhiteSpot(
                    phase, i.id(), i.title(), LifecycleLabels.LABELS.format("readiness.missing", i.title()))));
            List<CapacityAction> open = actions.stream().filter(a -> a.phase() == phase && a.status().isOpen()).toList();
            phases.add(new PhaseAssessment(phase, phase.label(), score, inPhase.size(), nothingInPlace, reasons,
                    open.size(), (int) open.stream().filter(CapacityAction::overdue).count()));
            total += score;
        }
        return new Assessment(municipalityId, Math.round(total / (float) Phase.values().length), phases, whiteSpots, FORMULA);
    }

    static int score(List<CapacityItem> items) {
        if (items.isEmpty()) {
            return 0;
        }
        double sum = items.stream().mapToDouble(i -> i.status().weight()).sum();
        return (int) Math.round(100 * sum / items.size());
    }

    static boolean isOverdue(LocalDate dueDate, ActionStatus status, LocalDate today) {
        return dueDate != null && status.isOpen() && dueDate.isBefore(today);
    }
}
