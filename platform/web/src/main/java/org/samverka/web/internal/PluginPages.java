package org.samverka.web.internal;

import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;

/**
 * The pages plugins bring: a bundle whose manifest names {@value #HEADER} (the module id its pages
 * belong to) serves the files under {@code web/} of its jar at {@code /app/plugins/<module>/},
 * and the shell loads its {@code main.js}. Tracked while the bundle is active, so a plugin's pages
 * appear when it starts and are gone the moment it stops, with no restart and no rebuilt shell.
 */
@Component(service = PluginPages.class)
public final class PluginPages {

    /** Manifest header of a plugin with pages: the id of the module they belong to. */
    public static final String HEADER = "Samverka-Web-Module";
    static final String FOLDER = "web/";

    /** A plugin's pages: its module id and the bundle that holds them. */
    record Contribution(String moduleId, Bundle bundle) {
    }

    private final Map<String, Contribution> byModule = new ConcurrentHashMap<>();
    private final BundleTracker<Contribution> tracker;

    @Activate
    public PluginPages(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, null) {
            @Override
            public Contribution addingBundle(Bundle bundle, BundleEvent event) {
                String moduleId = bundle.getHeaders("").get(HEADER);
                if (moduleId == null || !moduleId.strip().matches("[a-z][a-z0-9-]{0,39}")
                        || bundle.getEntry(FOLDER + "main.js") == null) {
                    return null;
                }
                Contribution contribution = new Contribution(moduleId.strip(), bundle);
                byModule.put(contribution.moduleId(), contribution);
                return contribution;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Contribution contribution) {
                byModule.remove(contribution.moduleId(), contribution);
            }
        };
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    List<Contribution> all() {
        return byModule.values().stream().sorted(Comparator.comparing(Contribution::moduleId)).toList();
    }

    /** A file of a module's pages, if the plugin is active and has it; never outside its {@code web/} folder. */
    Optional<URL> file(String moduleId, String path) {
        Contribution contribution = byModule.get(moduleId);
        if (contribution == null || !StaticFiles.safe(path)) {
            return Optional.empty();
        }
        return Optional.ofNullable(contribution.bundle().getEntry(FOLDER + path));
    }
}
