package ${package};

import org.samverka.api.rest.Validation;

/** An entry as a client sends it: a title and a rating from 1 to 5. */
public record EntryInput(String title, Integer rating) {

    static final int MAX_TITLE = 200;

    /** The input with its title trimmed; a 400 naming every field that is wrong. */
    EntryInput validated() {
        var check = new Validation();
        String clean = check.requiredText("title", title, MAX_TITLE);
        check.check(rating != null && rating >= 1 && rating <= 5, "rating", "must be a whole number from 1 to 5");
        check.throwIfInvalid();
        return new EntryInput(clean, rating);
    }
}
