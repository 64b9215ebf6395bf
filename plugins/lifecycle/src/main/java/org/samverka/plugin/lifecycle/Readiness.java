package org.samverka.plugin.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.samverka.api.module.LocalizedText;

/**
 * The readiness formula. Every municipality of a region is scored against the same expectations,
 * its region's capacity catalogue: in a phase, each expected entry counts the best status among
 * the items that meet it (in place 1, partial ½, planned ¼, missing or nothing 0; for a region-level
 * resource the municipality relies on, the region's status counts too), and the phase scores 100 ×
 * the mean. The municipality's own extra items are shown apart and never lower the score, so
 * naming a white spot costs nothing. A phase with nothing recorded is not mapped: no score, and
 * left out of the mean. Overall readiness is the mean of the scored phases, always shown beside
 * the weakest phase and the count of phases under the threshold: a municipality that attracts
 * but cannot welcome is not ready, whatever its mean.
 */
public final class Readiness {

    /** Samverka's suggestion for "under the threshold"; a caller may ask with another. */
    public static final int DEFAULT_THRESHOLD = 50;

    private Readiness() {
    }

    /** Whether a phase could be scored. */
    public enum PhaseState {
        /** Scored against the catalogue. */
        SCORED,
        /** Nothing recorded in the phase: no score, grey, left out of means. */
        NOT_MAPPED,
        /** Items recorded, but the region's catalogue expects nothing in the phase: no score. */
        NO_CATALOGUE
    }

    /** One catalogue entry as this municipality meets it; status null when nothing meets it. */
    public record Expectation(long entryId, String title, boolean regionLevel, ItemStatus status, double weight,
            List<Long> itemIds) {
    }

    /** One of the municipality's own extra items: shown, counted apart, never in the score. */
    public record Contribution(long itemId, String title, ItemStatus status, double weight) {
    }

    /** A gap in the receiving capacity: an expectation not covered, a missing item, or nothing in place in a phase. */
    public record WhiteSpot(Phase phase, Long itemId, Long entryId, String title, LocalizedText explanation) {
    }

    /** A phase's state and score: what the overall figures are computed from, today's or a snapshot's. */
    public interface PhaseScore {
        Phase phase();

        PhaseState state();

        /** Null unless the state is SCORED. */
        Integer score();
    }

    /** A phase's state and score, the expectations behind it, the extra items, and its open actions. */
    public record PhaseAssessment(Phase phase, LocalizedText name, PhaseState state, Integer score, int items,
            int expected, boolean whiteSpot, List<Expectation> expectations, List<Contribution> extraItems,
            int openActions, int overdueActions) implements PhaseScore {
    }

    /**
     * The overall figures of a municipality's phases: the mean of the scored phases (null while
     * none is), the weakest phase, how many are under the threshold, and those not mapped.
     */
    public record Overall(Integer readiness, WeakestPhase weakestPhase, int phasesBelowThreshold, List<Phase> notMapped) {

        static Overall of(List<? extends PhaseScore> phases, int threshold) {
            List<PhaseScore> scored = phases.stream().filter(p -> p.state() == PhaseState.SCORED)
                    .map(PhaseScore.class::cast).toList();
            Integer mean = scored.isEmpty() ? null
                    : (int) Math.round(scored.stream().mapToInt(PhaseScore::score).average().orElse(0));
            WeakestPhase weakest = scored.stream().min(Comparator.comparingInt(PhaseScore::score))
                    .map(p -> new WeakestPhase(p.phase(), p.phase().label(), p.score())).orElse(null);
            int below = (int) scored.stream().filter(p -> p.score() < threshold).count();
            return new Overall(mean, weakest, below, phases.stream().filter(p -> p.state() == PhaseState.NOT_MAPPED)
                    .map(PhaseScore::phase).toList());
        }
    }

    /** The phase with the lowest score. */
    public record WeakestPhase(Phase phase, LocalizedText name, int score) {
    }

    /** The assessment of one municipality; {@code overallReadiness} and {@code weakestPhase} are null while no phase is scored. */
    public record Assessment(String municipalityId, Integer overallReadiness, WeakestPhase weakestPhase,
            int phasesBelowThreshold, int threshold, List<Phase> notMapped, List<PhaseAssessment> phases,
            List<WhiteSpot> whiteSpots, LocalizedText formula) {
    }

    static final LocalizedText FORMULA = LifecycleLabels.LABELS.text("readiness.formula");

    /**
     * @param catalogue the entries of the municipality's region, in the reader's language
     */
    public static Assessment assess(String municipalityId, List<CapacityItem> items, List<CapacityAction> actions,
            List<CatalogueEntry> catalogue, int threshold) {
        return assess(municipalityId, items, actions, catalogue, threshold, true);
    }

    /**
     * The phases as the matrix and the history keep them, by the same formula: the white spots are
     * counted, not explained, which spares a region's matrix writing thousands of sentences.
     */
    static List<RegionMatrix.Cell> cells(String municipalityId, List<CapacityItem> items, List<CatalogueEntry> catalogue) {
        return RegionMatrix.cells(assess(municipalityId, items, List.of(), catalogue, DEFAULT_THRESHOLD, false));
    }

    private static Assessment assess(String municipalityId, List<CapacityItem> items, List<CapacityAction> actions,
            List<CatalogueEntry> catalogue, int threshold, boolean explain) {
        Set<Long> entryIds = catalogue.stream().map(CatalogueEntry::id).collect(Collectors.toSet());
        List<PhaseAssessment> phases = new ArrayList<>();
        List<WhiteSpot> whiteSpots = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<CapacityItem> inPhase = items.stream().filter(i -> i.phase() == phase).toList();
            List<Expectation> expectations = catalogue.stream().filter(e -> e.phase() == phase)
                    .map(e -> expectation(e, inPhase, municipalityId)).toList();
            List<Contribution> extra = inPhase.stream()
                    .filter(i -> i.catalogueEntryId() == null || !entryIds.contains(i.catalogueEntryId()))
                    .map(i -> new Contribution(i.id(), i.title(), i.status(), i.status().weight())).toList();
            PhaseState state = inPhase.isEmpty() ? PhaseState.NOT_MAPPED
                    : expectations.isEmpty() ? PhaseState.NO_CATALOGUE : PhaseState.SCORED;
            boolean nothingInPlace = state != PhaseState.NOT_MAPPED
                    && inPhase.stream().noneMatch(i -> i.status() == ItemStatus.IN_PLACE)
                    && expectations.stream().noneMatch(e -> e.status() == ItemStatus.IN_PLACE);
            if (state != PhaseState.NOT_MAPPED) {
                whiteSpots.addAll(whiteSpots(phase, nothingInPlace, expectations, extra, explain));
            }
            List<CapacityAction> open = actions.stream().filter(a -> a.phase() == phase && a.status().isOpen()).toList();
            phases.add(new PhaseAssessment(phase, phase.label(), state,
                    state == PhaseState.SCORED ? score(expectations) : null, inPhase.size(), expectations.size(),
                    nothingInPlace, expectations, extra, open.size(), (int) open.stream().filter(CapacityAction::overdue).count()));
        }
        Overall overall = Overall.of(phases, threshold);
        return new Assessment(municipalityId, overall.readiness(), overall.weakestPhase(), overall.phasesBelowThreshold(),
                threshold, overall.notMapped(), phases, whiteSpots, FORMULA);
    }

    private static Expectation expectation(CatalogueEntry entry, List<CapacityItem> inPhase, String municipalityId) {
        List<CapacityItem> meeting = inPhase.stream()
                .filter(i -> i.catalogueEntryId() != null && i.catalogueEntryId() == entry.id()).toList();
        ItemStatus best = meeting.stream().map(CapacityItem::status).max(Comparator.comparingDouble(ItemStatus::weight))
                .orElse(null);
        boolean relies = entry.regionLevel() && entry.regionStatus() != null
                && (entry.reliedOnBy() == null || entry.reliedOnBy().contains(municipalityId));
        if (relies && (best == null || entry.regionStatus().weight() > best.weight())) {
            best = entry.regionStatus();
        }
        return new Expectation(entry.id(), entry.title(), entry.regionLevel(), best, best == null ? 0 : best.weight(),
                meeting.stream().map(CapacityItem::id).toList());
    }

    private static List<WhiteSpot> whiteSpots(Phase phase, boolean nothingInPlace, List<Expectation> expectations,
            List<Contribution> extra, boolean explain) {
        List<WhiteSpot> spots = new ArrayList<>();
        if (nothingInPlace) {
            spots.add(new WhiteSpot(phase, null, null, null,
                    explain ? LifecycleLabels.LABELS.format("readiness.nothingInPlace", phase.label()) : null));
        }
        expectations.stream().filter(e -> e.weight() == 0).forEach(e -> spots.add(new WhiteSpot(phase, null, e.entryId(),
                e.title(), explain ? LifecycleLabels.LABELS.format("readiness.notCovered", e.title()) : null)));
        extra.stream().filter(i -> i.status() == ItemStatus.MISSING).forEach(i -> spots.add(new WhiteSpot(phase, i.itemId(),
                null, i.title(), explain ? LifecycleLabels.LABELS.format("readiness.missing", i.title()) : null)));
        return spots;
    }

    static int score(List<Expectation> expectations) {
        double sum = expectations.stream().mapToDouble(Expectation::weight).sum();
        return (int) Math.round(100 * sum / expectations.size());
    }

    static boolean isOverdue(LocalDate dueDate, ActionStatus status, LocalDate today) {
        return dueDate != null && status.isOpen() && dueDate.isBefore(today);
    }
}
