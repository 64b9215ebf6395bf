package org.samverka.plugin.notes;

import org.samverka.api.rest.Validation;

/** A note as a client sends it. */
public record NoteInput(String text) {

    NoteInput validated() {
        var check = new Validation();
        String clean = check.requiredText("text", text, 2000);
        check.throwIfInvalid();
        return new NoteInput(clean);
    }
}
