package org.example.surveys;

import java.util.List;

import org.samverka.api.rest.Validation;

/** One or more answers to a survey, each a score from 0 to 10. */
public record AnswersInput(List<Integer> scores) {

    AnswersInput validated() {
        var check = new Validation();
        check.check(scores != null && !scores.isEmpty() && scores.size() <= 1000, "scores", "must hold 1 to 1000 scores");
        if (scores != null) {
            for (int i = 0; i < scores.size(); i++) {
                Integer score = scores.get(i);
                check.check(score != null && score >= 0 && score <= 10, "scores[" + i + "]", "must be a whole number from 0 to 10");
            }
        }
        check.throwIfInvalid();
        return this;
    }
}
