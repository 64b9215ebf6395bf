package org.samverka.plugin.notes;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.ModuleHealthCheck;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.StorageException;

/** Tells {@code /health} whether the notes store answers; shown under the module "notes". */
@Component
@ModuleHealthCheck(module = NotesModule.ID, name = "Notes store answers")
public final class NotesHealth implements HealthCheck {

    private final NoteStore notes;

    @Activate
    public NotesHealth(@Reference NoteStore notes) {
        this.notes = notes;
    }

    @Override
    public Result execute() {
        try {
            // A listing for no municipality runs the store's own queries and finds nothing.
            notes.list("", Paging.of(0, 1));
            return new Result(Result.Status.OK, "The NOTE table answers.");
        } catch (StorageException e) {
            return new Result(Result.Status.CRITICAL, "The NOTE table does not answer: " + e.getMessage());
        }
    }
}
