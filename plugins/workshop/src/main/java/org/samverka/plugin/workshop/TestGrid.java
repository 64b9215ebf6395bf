package org.samverka.plugin.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test day's grid: for every step and question, how the testers reacted and answered, the
 * patterns in it ("3 of 5 reacted negatively at step 4"), and the verdict the answers suggest.
 * A pattern is what most testers share: more than half of them. The suggestion is only that: the
 * team gives the prototype its summary. Pure logic.
 */
public record TestGrid(int sessions, List<Line> steps, List<Line> questions, List<String> patterns, List<Finding> findings,
        String suggestedSummary) {

    /** A step or question with its text and the count of each mark. */
    public record Line(int position, String text, Map<String, Integer> counts) {
    }

    /** A pattern as data, for a page to word in its reader's language: {@code kind} STEP or QUESTION. */
    public record Finding(String kind, int position, String text, String mark, int count, int of) {
    }

    static TestGrid of(Prototype prototype, List<Prototype.Session> sessions) {
        List<Line> steps = lines(prototype.steps(), sessions, false, List.of("POSITIVE", "NEUTRAL", "NEGATIVE"));
        List<Line> questions = lines(prototype.questions(), sessions, true, List.of("YES", "MAYBE", "NO"));
        int n = sessions.size();
        List<String> patterns = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Line step : steps) {
            for (var mark : step.counts().entrySet()) {
                if (n > 0 && mark.getValue() * 2 > n) {
                    findings.add(new Finding("STEP", step.position(), step.text(), mark.getKey(), mark.getValue(), n));
                    patterns.add(mark.getValue() + " of " + n + " reacted " + mark.getKey().toLowerCase() + " at step " + step.position()
                            + " (" + step.text() + ")");
                }
            }
        }
        for (Line question : questions) {
            for (var mark : question.counts().entrySet()) {
                if (n > 0 && mark.getValue() * 2 > n) {
                    findings.add(new Finding("QUESTION", question.position(), question.text(), mark.getKey(), mark.getValue(), n));
                    patterns.add(mark.getValue() + " of " + n + " answered " + mark.getKey().toLowerCase() + " to question "
                            + question.position() + " (" + question.text() + ")");
                }
            }
        }
        return new TestGrid(n, steps, questions, patterns, findings, suggestion(questions, n));
    }

    private static List<Line> lines(List<String> texts, List<Prototype.Session> sessions, boolean answers, List<String> marks) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            marks.forEach(m -> counts.put(m, 0));
            for (Prototype.Session s : sessions) {
                List<String> given = answers ? s.answers() : s.reactions();
                if (i < given.size() && counts.containsKey(given.get(i))) {
                    counts.merge(given.get(i), 1, Integer::sum);
                }
            }
            lines.add(new Line(i + 1, texts.get(i), counts));
        }
        return lines;
    }

    /** Validated when most testers said yes to every question, invalidated when most said no to one, else inconclusive. */
    private static String suggestion(List<Line> questions, int n) {
        if (n == 0 || questions.isEmpty()) {
            return null;
        }
        if (questions.stream().anyMatch(q -> q.counts().get("NO") * 2 > n)) {
            return "INVALIDATED";
        }
        if (questions.stream().allMatch(q -> q.counts().get("YES") * 2 > n)) {
            return "VALIDATED";
        }
        return "INCONCLUSIVE";
    }
}
