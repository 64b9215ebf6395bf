package org.example.surveys;

import org.samverka.api.rest.Validation;

/** A new survey: the question residents answer from 0 to 10. */
public record SurveyInput(String question) {

    SurveyInput validated() {
        var check = new Validation();
        String clean = check.requiredText("question", question, 500);
        check.throwIfInvalid();
        return new SurveyInput(clean);
    }
}
