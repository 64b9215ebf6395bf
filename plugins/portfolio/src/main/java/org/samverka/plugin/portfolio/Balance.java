package org.samverka.plugin.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A programme's portfolio balance: its projects by status, size, 2030 goal, helix sector of their
 * partners and expected benefit, and warnings — the portfolio phase over with nothing in the
 * portfolio, a helix sector with no partner in any project, every project small (or every one
 * large). Projects that are only ideas or were stopped are counted by status only. Pure logic.
 */
record Balance(int projects, Map<String, Integer> byStatus, Map<String, Integer> bySize, Map<Integer, Integer> byGoal,
        Map<String, Integer> bySector, Map<String, Integer> byBenefit, List<Warning> warnings) {

    /** A warning with its code and a sentence in English. */
    record Warning(String code, String detail) {
    }

    static Balance of(Portfolio.Programme programme, List<Portfolio.Project> all, LocalDate today) {
        Map<String, Integer> byStatus = zeros(Portfolio.STATUSES);
        all.forEach(p -> byStatus.merge(p.status(), 1, Integer::sum));
        List<Portfolio.Project> portfolio = all.stream().filter(p -> List.of("IN_PORTFOLIO", "RUNNING", "COMPLETED").contains(p.status())).toList();
        Map<String, Integer> bySize = zeros(Portfolio.SIZES);
        Map<Integer, Integer> byGoal = new TreeMap<>();
        Map<String, Integer> bySector = zeros(Portfolio.SECTORS);
        Map<String, Integer> byBenefit = zeros(Portfolio.BENEFITS);
        for (Portfolio.Project p : portfolio) {
            bySize.merge(p.size(), 1, Integer::sum);
            p.goals().forEach(g -> byGoal.merge(g, 1, Integer::sum));
            p.partners().stream().map(Portfolio.Partner::sector).distinct().forEach(s -> bySector.merge(s, 1, Integer::sum));
            p.benefits().stream().map(Portfolio.Benefit::kind).distinct().forEach(b -> byBenefit.merge(b, 1, Integer::sum));
        }
        List<Warning> warnings = new ArrayList<>();
        if (portfolio.isEmpty() && today.isAfter(programme.portfolioEndsOn())) {
            warnings.add(new Warning("EMPTY_AFTER_PORTFOLIO_PHASE", "The portfolio phase ended on " + programme.portfolioEndsOn()
                    + " with nothing in the portfolio."));
        }
        if (!portfolio.isEmpty()) {
            bySector.forEach((sector, n) -> {
                if (n == 0) {
                    warnings.add(new Warning("SECTOR_WITHOUT_PARTNER", "No project has a partner from " + sector + "."));
                }
            });
        }
        if (portfolio.size() >= 2 && bySize.get("SMALL") == portfolio.size()) {
            warnings.add(new Warning("ALL_SMALL", "Every project in the portfolio is small."));
        }
        if (portfolio.size() >= 2 && bySize.get("LARGE") == portfolio.size()) {
            warnings.add(new Warning("ALL_LARGE", "Every project in the portfolio is large."));
        }
        return new Balance(portfolio.size(), byStatus, bySize, byGoal, bySector, byBenefit, warnings);
    }

    private static Map<String, Integer> zeros(List<String> keys) {
        Map<String, Integer> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, 0));
        return out;
    }
}
