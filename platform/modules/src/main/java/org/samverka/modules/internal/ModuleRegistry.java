package org.samverka.modules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.module.InstalledModules;
import org.samverka.api.module.MethodModule;
import org.samverka.api.module.ModuleInfo;
import org.samverka.api.module.ModuleState;
import org.samverka.api.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks {@link MethodModule} services as plugins come and go. A module whose bundle is still
 * installed but not serving stays listed as INACTIVE; one whose bundle was uninstalled is no
 * longer listed, though its data and enablements stay for when it returns.
 */
@Component(service = InstalledModules.class)
public final class ModuleRegistry implements InstalledModules {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final BundleContext context;
    private final KnownModuleTable table;
    private final Map<String, KnownModule> known = new ConcurrentHashMap<>();
    private final Map<String, Long> activeService = new ConcurrentHashMap<>();

    @Activate
    public ModuleRegistry(@Reference Storage storage, BundleContext context) {
        this.context = context;
        this.table = new KnownModuleTable(storage.schema("samverka-modules", context.getBundle()));
        table.all().forEach(m -> known.putIfAbsent(m.info().id(), m));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(MethodModule module, ServiceReference<MethodModule> reference) {
        try {
            String id = module.id();
            if (id == null || !MODULE_ID.matcher(id).matches() || id.length() > 64) {
                LOG.error("Ignoring module '{}' of bundle {}: ids are kebab-case, e.g. 'lifecycle'", id,
                        reference.getBundle().getSymbolicName());
                return;
            }
            long serviceId = (Long) reference.getProperty("service.id");
            if (activeService.putIfAbsent(id, serviceId) != null) {
                LOG.error("Ignoring a second module with id '{}' from bundle {}", id, reference.getBundle().getSymbolicName());
                return;
            }
            ModuleInfo info = new ModuleInfo(id, module.version(), module.name(), module.description(), module.practice(),
                    module.scope(), ModuleState.ACTIVE);
            KnownModule entry = new KnownModule(info, reference.getBundle().getSymbolicName());
            known.put(id, entry);
            table.save(entry);
            LOG.info("Module '{}' {} is active", id, info.version());
        } catch (RuntimeException e) {
            LOG.error("Ignoring a module of bundle {} that failed to describe itself", reference.getBundle().getSymbolicName(), e);
        }
    }

    void removeModule(MethodModule module, ServiceReference<MethodModule> reference) {
        long serviceId = (Long) reference.getProperty("service.id");
        activeService.entrySet().removeIf(e -> {
            if (e.getValue() == serviceId) {
                LOG.info("Module '{}' is no longer active", e.getKey());
                return true;
            }
            return false;
        });
    }

    @Override
    public List<ModuleInfo> all() {
        return known.values().stream()
                .map(this::current)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ModuleInfo::id))
                .toList();
    }

    @Override
    public Optional<ModuleInfo> find(String moduleId) {
        KnownModule module = moduleId == null ? null : known.get(moduleId);
        return module == null ? Optional.empty() : current(module);
    }

    private Optional<ModuleInfo> current(KnownModule module) {
        ModuleInfo info = module.info();
        if (activeService.containsKey(info.id())) {
            return Optional.of(withState(info, ModuleState.ACTIVE));
        }
        for (Bundle bundle : context.getBundles()) {
            if (module.bundleSymbolicName().equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return Optional.of(withState(info, ModuleState.INACTIVE));
            }
        }
        return Optional.empty();
    }

    private static ModuleInfo withState(ModuleInfo m, ModuleState state) {
        return new ModuleInfo(m.id(), m.version(), m.name(), m.description(), m.practice(), m.scope(), state);
    }
}
