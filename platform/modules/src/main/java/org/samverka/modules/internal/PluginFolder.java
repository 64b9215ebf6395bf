package org.samverka.modules.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the jars of the hot-deploy folder, watched by FileInstall: one bundle per symbolic
 * name, from the jar of the highest version present. FileInstall's own handling ties a bundle to
 * the first file it came from and treats a second copy as the same bundle, so deleting the copy
 * uninstalled the plugin although the original lay there still. Here a plugin stays while any
 * jar of it remains, and every step, and every jar that is not a working plugin, is written to
 * the platform log in plain words.
 */
@Component(service = ArtifactInstaller.class, immediate = true)
public final class PluginFolder implements ArtifactInstaller {

    /** Location prefix of plugin bundles: a plugin is known by its name, whichever file it came from. */
    static final String LOCATION_PREFIX = "samverka-plugin:";
    private static final Logger LOG = LoggerFactory.getLogger(PluginFolder.class);

    private final BundleContext context;
    private final Path folder;
    private final Map<Path, PluginJar> jars = new HashMap<>();
    private final Map<String, PluginJar> installedFrom = new HashMap<>();
    private final Map<String, String> lastStartFailure = new HashMap<>();
    /** The jars that lay in the folder when the platform started, installed together on the first scan. */
    private List<Path> atStart;

    @Activate
    public PluginFolder(BundleContext context) {
        this.context = context;
        String plugins = context.getProperty("samverka.plugins");
        this.folder = plugins == null ? null : Path.of(plugins).toAbsolutePath().normalize();
        this.atStart = jarsIn(folder);
    }

    @Override
    public boolean canHandle(File artifact) {
        Path file = artifact.toPath().toAbsolutePath().normalize();
        return folder != null && folder.equals(file.getParent()) && file.getFileName().toString().endsWith(".jar");
    }

    @Override
    public synchronized void install(File artifact) {
        installThoseThereAtStart();
        PluginJar jar = read(artifact);
        reconcile(jar.symbolicName());
    }

    /**
     * The folder's watcher hands over one jar at a time; the plugins that were there when the
     * platform started are installed all at once instead, at the watcher's first call (from start
     * level 3 on, once Configuration Admin holds what config/ says), then resolved together and
     * started. (Installed earlier, at level 2, a plugin sometimes started before its
     * configuration had arrived.) A plugin that imports another's package optionally (workshop
     * from lifecycle) is then wired to it from the start, rather than started, refreshed and
     * started again when the other arrives later in the same scan: one start of each, and fewer
     * rebuilds of the REST application. The watcher's own calls for these jars then find them installed.
     */
    private void installThoseThereAtStart() {
        List<Path> files = atStart;
        atStart = List.of();
        if (files.isEmpty()) {
            return;
        }
        Map<String, Bundle> installed = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                read(file.toFile());
            }
        }
        jars.values().stream().map(PluginJar::symbolicName).filter(Objects::nonNull).distinct().sorted().forEach(name -> {
            Bundle bundle = installOrUpdate(name);
            if (bundle != null) {
                installed.put(name, bundle);
            }
        });
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(installed.values());
        installed.forEach((name, bundle) -> start(bundle, installedFrom.get(name)));
    }

    private static List<Path> jarsIn(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public synchronized void update(File artifact) {
        PluginJar before = jars.get(key(artifact));
        PluginJar after = read(artifact);
        if (before != null && before.symbolicName() != null && !before.symbolicName().equals(after.symbolicName())) {
            reconcile(before.symbolicName());
        }
        reconcile(after.symbolicName());
    }

    @Override
    public synchronized void uninstall(File artifact) {
        PluginJar gone = jars.remove(key(artifact));
        if (gone != null) {
            reconcile(gone.symbolicName());
        }
    }

    private PluginJar read(File artifact) {
        PluginJar jar = PluginJar.read(key(artifact));
        jars.put(jar.file(), jar);
        if (!jar.isBundle()) {
            LOG.error("Plugin file {} is not a plugin: {}. It is ignored until it is replaced.", jar.file().getFileName(),
                    jar.problem());
        }
        return jar;
    }

    /** Makes the installed bundle of this name match the best jar of it in the folder, if any. */
    private void reconcile(String symbolicName) {
        if (symbolicName == null) {
            return;
        }
        Optional<PluginJar> best = best(symbolicName);
        Bundle bundle = context.getBundle(LOCATION_PREFIX + symbolicName);
        try {
            if (best.isEmpty()) {
                if (bundle != null) {
                    bundle.uninstall();
                    installedFrom.remove(symbolicName);
                    refresh(bundle);
                    LOG.info("Plugin {} removed: no jar of it is left in {}", symbolicName, folder);
                }
                return;
            }
            bundle = installOrUpdate(symbolicName);
            if (bundle != null) {
                startAndRewireItsConsumers(bundle, best.get());
            }
        } catch (BundleException | RuntimeException e) {
            LOG.error("Plugin {} could not be installed from {}: {}", symbolicName,
                    best.map(j -> j.file().getFileName().toString()).orElse("the folder"), e.getMessage());
        }
        retryUnstarted();
    }

    /** Installs the best jar of this name, or updates the bundle to it; null (and logged) when that fails. */
    private Bundle installOrUpdate(String symbolicName) {
        Optional<PluginJar> best = best(symbolicName);
        if (best.isEmpty()) {
            return null;
        }
        PluginJar jar = best.get();
        Bundle bundle = context.getBundle(LOCATION_PREFIX + symbolicName);
        PluginJar installed = installedFrom.get(symbolicName);
        try {
            if (bundle == null) {
                try (InputStream in = jar.open()) {
                    bundle = context.installBundle(LOCATION_PREFIX + symbolicName, in);
                }
                LOG.info("Plugin {} {} installed from {}", symbolicName, jar.version(), jar.file().getFileName());
            } else if (installed == null || !installed.checksum().equals(jar.checksum())) {
                try (InputStream in = jar.open()) {
                    bundle.update(in);
                }
                refresh(bundle);
                LOG.info("Plugin {} updated to {} from {}", symbolicName, jar.version(), jar.file().getFileName());
            }
            installedFrom.put(symbolicName, jar);
            return bundle;
        } catch (BundleException | IOException | RuntimeException e) {
            LOG.error("Plugin {} could not be installed from {}: {}", symbolicName, jar.file().getFileName(), e.getMessage());
            return null;
        }
    }

    private Optional<PluginJar> best(String symbolicName) {
        return jars.values().stream()
                .filter(j -> symbolicName.equals(j.symbolicName()))
                .max(Comparator.comparing(PluginJar::version).thenComparing(j -> j.file().getFileName().toString(),
                        Comparator.reverseOrder()));
    }

    private void start(Bundle bundle, PluginJar jar) {
        try {
            bundle.start();
            if (lastStartFailure.remove(jar.symbolicName()) != null) {
                LOG.info("Plugin {} from {} started", jar.symbolicName(), jar.file().getFileName());
            }
        } catch (BundleException | IllegalStateException e) {
            String why = e.getMessage();
            if (!Objects.equals(lastStartFailure.put(jar.symbolicName(), why), why)) {
                LOG.error("Plugin {} from {} could not start and is not serving: {}", jar.symbolicName(),
                        jar.file().getFileName(), why);
            }
        }
    }

    /** Another plugin may have brought what a waiting one needed. */
    private void retryUnstarted() {
        for (PluginJar jar : List.copyOf(installedFrom.values())) {
            Bundle bundle = context.getBundle(LOCATION_PREFIX + jar.symbolicName());
            if (bundle != null && bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING) {
                start(bundle, jar);
            }
        }
    }

    /**
     * Starts the newcomer; plugins that import one of its packages optionally are wired to it
     * now. They are stopped before it starts, so that none binds a service whose package it cannot
     * see, and refreshed after (started again, as every plugin that is not running, by
     * {@link #retryUnstarted()} at the end of {@link #reconcile}), so that the newcomer serves
     * without waiting for their restart (a refresh first and the start after made a dropped
     * lifecycle plugin wait for workshop, which imports its API, to start twice).
     */
    private void startAndRewireItsConsumers(Bundle newcomer, PluginJar jar) throws BundleException {
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(newcomer));
        List<Bundle> plugins = java.util.Arrays.stream(context.getBundles())
                .filter(b -> b.getLocation().startsWith(LOCATION_PREFIX)).toList();
        List<Bundle> waiting = OptionalImports.waitingFor(newcomer, plugins);
        for (Bundle consumer : waiting) {
            if ((consumer.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                consumer.stop(Bundle.STOP_TRANSIENT);
            }
        }
        start(newcomer, jar);
        if (!waiting.isEmpty()) {
            LOG.info("Plugin {} offers what {} import optionally; refreshing them to use it", newcomer.getSymbolicName(),
                    waiting.stream().map(Bundle::getSymbolicName).toList());
            refresh(waiting);
        }
    }

    /** Drops the old revision of an updated or removed bundle, and waits until the framework has. */
    private void refresh(Bundle bundle) {
        refresh(List.of(bundle));
    }

    private void refresh(List<Bundle> bundles) {
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                refreshed.countDown();
            }
        });
        try {
            if (!refreshed.await(30, TimeUnit.SECONDS)) {
                LOG.warn("Refreshing plugins {} took more than 30 s", bundles.stream().map(Bundle::getSymbolicName).toList());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path key(File artifact) {
        return artifact.toPath().toAbsolutePath().normalize();
    }
}
