package org.samverka.plugin.notes;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.plugin.lifecycle.api.Decision;
import org.samverka.plugin.lifecycle.api.LifecycleActions;

/**
 * A note becomes an action of the municipality's lifecycle plan. Active only while the lifecycle
 * plugin's service is there; SCR loads this class only then, so that the optional import of the
 * lifecycle API is needed only then.
 */
@Component
public final class LifecycleNoteActions implements NoteActions {

    private static final int MAX_TITLE = 200;

    private final LifecycleActions lifecycle;

    @Activate
    public LifecycleNoteActions(@Reference LifecycleActions lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public String toAction(Note note, NoteActionInput input) {
        String title = note.text().length() <= MAX_TITLE ? note.text() : note.text().substring(0, MAX_TITLE - 1) + "…";
        return lifecycle.create(new Decision(note.municipalityId(), input.phase(), title, input.responsible(), input.dueDate(),
                NotesModule.ID, Long.toString(note.id()))).path();
    }
}
