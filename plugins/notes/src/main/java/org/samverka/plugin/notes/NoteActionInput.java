package org.samverka.plugin.notes;

import java.time.LocalDate;

/** What a note needs besides its text to become an action: the lifecycle phase, and optionally who and by when. */
public record NoteActionInput(String phase, String responsible, LocalDate dueDate) {
}
