package org.samverka.plugin.cocreation;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.module.ModuleHealthCheck;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.StorageException;

/** Tells {@code /health} whether the projects answer; shown under the module "cocreation". */
@Component
@ModuleHealthCheck(module = CocreationModule.ID, name = "Co-creation projects answer")
public final class CocreationHealth implements HealthCheck {

    private final ProjectStore projects;

    @Activate
    public CocreationHealth(@Reference ProjectStore projects) {
        this.projects = projects;
    }

    @Override
    public Result execute() {
        try {
            // A page for no municipality runs the store's own queries and finds nothing.
            projects.page("", Paging.of(0, 1));
            return new Result(Result.Status.OK, "The PROJECT table answers.");
        } catch (StorageException e) {
            return new Result(Result.Status.CRITICAL, "The PROJECT table does not answer: " + e.getMessage());
        }
    }
}
