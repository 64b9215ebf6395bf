package org.samverka.plugin.portfolio;

import java.util.ArrayList;
import java.util.List;

import org.samverka.api.rest.Validation;

/** Checks programmes, candidates, decisions and projects as sent, naming every bad field at once. */
final class PortfolioValidation {

    private PortfolioValidation() {
    }

    static Portfolio.ProgrammeInput check(Portfolio.ProgrammeInput in) {
        var check = new Validation();
        String name = check.requiredText("name", in.name(), 200);
        String owner = check.optionalText("owner", in.owner(), 200);
        check.required("startsOn", in.startsOn());
        check.date("startsOn", in.startsOn());
        int length = in.lengthMonths() == null ? 36 : in.lengthMonths();
        int portfolio = in.portfolioMonths() == null ? 6 : in.portfolioMonths();
        check.check(length >= 1 && length <= 120, "lengthMonths", "must be 1 to 120 months (36 by default)");
        check.check(portfolio >= 1 && portfolio <= length, "portfolioMonths", "must be 1 month up to the programme's length (6 by default)");
        check.throwIfInvalid();
        return new Portfolio.ProgrammeInput(name, owner, in.startsOn(), length, portfolio);
    }

    static Portfolio.CandidateInput check(Portfolio.CandidateInput in) {
        var check = new Validation();
        String title = check.requiredText("title", in.title(), 200);
        String description = check.optionalText("description", in.description(), 2000);
        String proposedBy = check.optionalText("proposedBy", in.proposedBy(), 200);
        check.check(in.sector() == null || Portfolio.SECTORS.contains(in.sector()), "sector", "must be one of " + Portfolio.SECTORS);
        Portfolio.Assessment a = in.assessment() == null ? new Portfolio.Assessment(null, null, null, null, null, null) : in.assessment();
        for (var score : new Object[][] {{"services", a.services()}, {"cost", a.cost()}, {"business", a.business()}, {"goals", a.goals()}}) {
            Integer value = (Integer) score[1];
            check.check(value == null || (value >= 0 && value <= 3), "assessment." + score[0], "must be 0 (none) to 3 (much)");
        }
        check.check(a.feasibility() == null || (a.feasibility() >= 1 && a.feasibility() <= 5), "assessment.feasibility", "must be 1 to 5");
        check.throwIfInvalid();
        return new Portfolio.CandidateInput(title, description, proposedBy, in.sector(), a);
    }

    static Portfolio.DecisionInput check(Portfolio.DecisionInput in) {
        var check = new Validation();
        check.check(in.decision() != null && Portfolio.DECISIONS.contains(in.decision()), "decision", "must be one of " + Portfolio.DECISIONS);
        String by = check.requiredText("decidedBy", in.decidedBy(), 200);
        check.required("decidedOn", in.decidedOn());
        check.date("decidedOn", in.decidedOn());
        String reason = check.requiredText("reason", in.reason(), 2000);
        check.check(in.size() == null || Portfolio.SIZES.contains(in.size()), "size", "must be one of " + Portfolio.SIZES);
        goals(check, in.goals());
        check.throwIfInvalid();
        return new Portfolio.DecisionInput(in.decision(), by, in.decidedOn(), reason, in.size(), in.goals());
    }

    static Portfolio.ProjectInput check(Portfolio.ProjectInput in) {
        var check = new Validation();
        String title = check.requiredText("title", in.title(), 200);
        String description = check.optionalText("description", in.description(), 2000);
        check.check(in.size() != null && Portfolio.SIZES.contains(in.size()), "size", "must be one of " + Portfolio.SIZES);
        check.check(in.status() != null && Portfolio.STATUSES.contains(in.status()), "status", "must be one of " + Portfolio.STATUSES);
        Portfolio.Dates d = in.dates() == null ? new Portfolio.Dates(null, null, null, null, null) : in.dates();
        check.date("dates.idea", d.idea());
        check.date("dates.inPortfolio", d.inPortfolio());
        check.date("dates.running", d.running());
        check.date("dates.completed", d.completed());
        check.date("dates.stopped", d.stopped());
        List<Portfolio.Partner> partners = new ArrayList<>();
        List<Portfolio.Partner> givenPartners = in.partners() == null ? List.of() : in.partners();
        for (int i = 0; i < givenPartners.size() && i < 50; i++) {
            Portfolio.Partner p = givenPartners.get(i);
            String f = "partners[" + i + "]";
            if (p == null) {
                check.check(false, f, "is empty");
                continue;
            }
            String name = check.requiredText(f + ".name", p.name(), 200);
            check.check(p.sector() != null && Portfolio.SECTORS.contains(p.sector()), f + ".sector", "must be one of " + Portfolio.SECTORS);
            partners.add(new Portfolio.Partner(name, p.sector()));
        }
        check.check(givenPartners.size() <= 50, "partners", "at most 50");
        String residents = check.optionalText("residentsInvolved", in.residentsInvolved(), 2000);
        goals(check, in.goals());
        List<Portfolio.Benefit> benefits = new ArrayList<>();
        List<Portfolio.Benefit> givenBenefits = in.benefits() == null ? List.of() : in.benefits();
        for (int i = 0; i < givenBenefits.size() && i < 20; i++) {
            Portfolio.Benefit b = givenBenefits.get(i);
            String f = "benefits[" + i + "]";
            if (b == null) {
                check.check(false, f, "is empty");
                continue;
            }
            check.check(b.kind() != null && Portfolio.BENEFITS.contains(b.kind()), f + ".kind", "must be one of " + Portfolio.BENEFITS);
            String measure = check.requiredText(f + ".measure", b.measure(), 500);
            String baseline = check.optionalText(f + ".baseline", b.baseline(), 200);
            String result = check.optionalText(f + ".result", b.result(), 200);
            check.check(b.attainment() == null || Portfolio.ATTAINMENTS.contains(b.attainment()), f + ".attainment",
                    "must be one of " + Portfolio.ATTAINMENTS + ", or left out while open");
            benefits.add(new Portfolio.Benefit(b.kind(), measure, baseline, result, b.attainment()));
        }
        check.check(givenBenefits.size() <= 20, "benefits", "at most 20");
        check.throwIfInvalid();
        return new Portfolio.ProjectInput(title, description, in.size(), in.status(), d, partners, residents,
                Boolean.TRUE.equals(in.innovativeProcurement()), in.goals() == null ? List.of() : in.goals(), benefits);
    }

    private static void goals(Validation check, List<Integer> goals) {
        if (goals == null) {
            return;
        }
        for (int i = 0; i < goals.size(); i++) {
            check.check(goals.get(i) != null && goals.get(i) >= 1 && goals.get(i) <= 17, "goals[" + i + "]", "must be one of the 17 goals, 1 to 17");
        }
    }
}
