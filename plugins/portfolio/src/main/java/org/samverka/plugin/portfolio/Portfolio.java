package org.samverka.plugin.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records of a municipality's innovation programme. */
final class Portfolio {

    private Portfolio() {
    }

    static final List<String> SIZES = List.of("SMALL", "MEDIUM", "LARGE");
    static final List<String> STATUSES = List.of("IDEA", "IN_PORTFOLIO", "RUNNING", "COMPLETED", "STOPPED");
    static final List<String> SECTORS = List.of("PUBLIC", "BUSINESS", "ACADEMIA", "CIVIL_SOCIETY");
    /** The seed's benefits: better services for residents, lower cost, local business development, the 2030 goals. */
    static final List<String> BENEFITS = List.of("SERVICES", "COST", "BUSINESS", "GOALS");
    static final List<String> ATTAINMENTS = List.of("ACHIEVED", "PARTLY", "NOT");
    static final List<String> DECISIONS = List.of("GO", "NOT_NOW", "NO");

    /** A programme: 36 months by default, the first 6 building the portfolio. */
    public record Programme(long id, String municipalityId, String name, String owner, LocalDate startsOn, int lengthMonths,
            int portfolioMonths, LocalDate portfolioEndsOn, LocalDate endsOn, Ledger.Summary ledger, long version, Instant createdAt,
            Instant updatedAt) {
    }

    /** A programme as sent. */
    public record ProgrammeInput(String name, String owner, LocalDate startsOn, Integer lengthMonths, Integer portfolioMonths) {
    }

    /**
     * A candidate idea: who proposed it (and from which helix sector), its assessment on the seed's
     * four benefits (0–3 each) and feasibility (1–5), and the decision with who, when and why.
     */
    public record Candidate(long id, long programmeId, String title, String description, String proposedBy, String sector,
            Assessment assessment, Decision decision, Long projectId, long version, Instant createdAt, Instant updatedAt) {
    }

    /** Scores: benefits 0 (none) to 3 (much), feasibility 1 to 5; {@code total} their sum, for sorting the board. */
    public record Assessment(Integer services, Integer cost, Integer business, Integer goals, Integer feasibility, Integer total) {
    }

    /** A decision: GO (into the portfolio), NOT_NOW or NO. */
    public record Decision(String decision, String decidedBy, LocalDate decidedOn, String reason) {
    }

    /** A candidate as sent. */
    public record CandidateInput(String title, String description, String proposedBy, String sector, Assessment assessment) {
    }

    /** A decision as sent; with GO, the project's size and 2030 goals may be given. */
    public record DecisionInput(String decision, String decidedBy, LocalDate decidedOn, String reason, String size, List<Integer> goals) {
    }

    /** A project of the portfolio. */
    public record Project(long id, long programmeId, String title, String description, String size, String status, Dates dates,
            List<Partner> partners, String residentsInvolved, boolean innovativeProcurement, List<Integer> goals, List<Benefit> benefits,
            Closure closure, long version, Instant createdAt, Instant updatedAt) {
    }

    /** What a completed or stopped project learned, whether the work lives on, and whether it is shared in the region's library. */
    public record Closure(String learned, Boolean livesOn, boolean shared) {
    }

    /** When the project reached each status. */
    public record Dates(LocalDate idea, LocalDate inPortfolio, LocalDate running, LocalDate completed, LocalDate stopped) {
    }

    /** A partner by helix sector: PUBLIC, BUSINESS, ACADEMIA or CIVIL_SOCIETY. */
    public record Partner(String name, String sector) {
    }

    /** An expected benefit with its measure, baseline, result and attainment (ACHIEVED, PARTLY, NOT, or null while open). */
    public record Benefit(String kind, String measure, String baseline, String result, String attainment) {
    }

    /** A project as sent. */
    public record ProjectInput(String title, String description, String size, String status, Dates dates, List<Partner> partners,
            String residentsInvolved, Boolean innovativeProcurement, List<Integer> goals, List<Benefit> benefits) {
    }
}
