package org.samverka.plugin.notes;

/**
 * Turns a note into an action of another module, when a module that takes actions is there.
 * Only {@link LifecycleNoteActions} names the lifecycle plugin's types, so that the rest of this
 * plugin loads and serves without them.
 */
public interface NoteActions {

    /** The path of the action the note became. */
    String toAction(Note note, NoteActionInput input);
}
