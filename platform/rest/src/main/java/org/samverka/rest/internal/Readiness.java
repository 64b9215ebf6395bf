package org.samverka.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.BaseDTO;
import org.osgi.service.jakartars.runtime.dto.DTOConstants;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.samverka.api.storage.Storage;
import org.samverka.storage.spi.PlatformBundles;

/**
 * Whether Samverka is ready to serve: the framework has started, the database answers, every
 * component of every platform bundle is satisfied and every JAX-RS resource and extension they
 * register is in the REST runtime. During start-up the same holds for each plugin that lay in
 * {@code plugins/} when the platform started, until it serves or is given up on (it failed to
 * start, or did not serve within {@link Config#pluginStartTimeoutSeconds()}). Once the platform
 * has been ready, plugins coming and going no longer change readiness: a plugin being upgraded
 * must not take the whole platform out of a load balancer.
 */
@Component(service = Readiness.class, configurationPid = Readiness.PID)
@Designate(ocd = Readiness.Config.class)
public final class Readiness {

    static final String PID = "org.samverka.health";
    private static final String JAKARTARS_SERVICES = "(|(osgi.jakartars.resource=true)(osgi.jakartars.extension=true))";
    private static final int MAX_REASONS = 20;

    @ObjectClassDefinition(name = "Samverka health")
    public @interface Config {
        @AttributeDefinition(description = "How long readiness waits, from the platform's start, for a plugin that lay "
                + "in plugins/ at start to serve. One that has not served by then counts as failed and no longer holds "
                + "readiness back.")
        int pluginStartTimeoutSeconds() default 30;

        @AttributeDefinition(description = "For how long after a plugin starts, stops or changes its REST services a "
                + "request that finds no resource under an installed module's path is answered 503 with Retry-After "
                + "rather than 404: the REST runtime rebuilds its applications a moment after the change.")
        int restSettleSeconds() default 5;
    }

    /** What the check found; ready when the database is up and nothing is awaited. */
    record Report(boolean databaseUp, List<String> waitingFor, List<String> failedPlugins) {
        boolean ready() {
            return databaseUp && waitingFor.isEmpty();
        }
    }

    private final BundleContext context;
    private final ServiceComponentRuntime components;
    private final Instant activated = Instant.now();
    private final List<PluginAtStart> pluginsAtStart;
    private volatile Duration pluginPatience;
    private volatile long settleNanos;
    private volatile long lastPluginChange = System.nanoTime();
    private final org.osgi.framework.BundleListener bundleWatch = event -> {
        if (!isPlatform(event.getBundle())) {
            lastPluginChange = System.nanoTime();
        }
    };
    private final org.osgi.framework.ServiceListener restWatch = event -> lastPluginChange = System.nanoTime();
    /** Every path template the REST runtime has listed since the start, for {@link #recentlyServed}. */
    private final Map<String, java.util.regex.Pattern> servedTemplates = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean wasReady;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Storage storage;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JakartarsServiceRuntime restRuntime;

    @Activate
    public Readiness(BundleContext context, @Reference ServiceComponentRuntime components, Config config) {
        this.context = context;
        this.components = components;
        this.pluginsAtStart = PluginAtStart.in(context.getProperty("samverka.plugins"));
        modified(config);
        context.addBundleListener(bundleWatch);
        try {
            context.addServiceListener(restWatch, JAKARTARS_SERVICES);
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        watchStartUp();
    }

    /**
     * Until the platform has been ready once, looks every 100 ms, so that "has been ready" is
     * known without anyone asking {@code /health}: a 404 before that moment means "not yet".
     * Afterwards, while plugins change, it notes the paths the REST runtime serves twice a second.
     */
    private final java.util.concurrent.ScheduledExecutorService watcher =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "samverka-readiness");
                thread.setDaemon(true);
                return thread;
            });

    private void watchStartUp() {
        watcher.scheduleWithFixedDelay(new Runnable() {
            private boolean ready;
            private long learned = System.nanoTime();

            @Override
            public void run() {
                try {
                    if (!ready && check().ready()) {
                        ready = true;
                        learnServedPaths();
                    }
                    long now = System.nanoTime();
                    if (ready && now - lastPluginChange < settleNanos + SECONDS_IN_NANOS && now - learned > SECONDS_IN_NANOS / 2) {
                        learned = now;
                        learnServedPaths();
                    }
                } catch (RuntimeException stillChanging) {
                    // Services are coming and going; the next look will tell.
                }
            }
        }, 100, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static final long SECONDS_IN_NANOS = 1_000_000_000L;

    @org.osgi.service.component.annotations.Deactivate
    void stopWatching() {
        watcher.shutdownNow();
        context.removeBundleListener(bundleWatch);
        context.removeServiceListener(restWatch);
    }

    @Modified
    void modified(Config config) {
        pluginPatience = Duration.ofSeconds(Math.max(0, config.pluginStartTimeoutSeconds()));
        settleNanos = java.util.concurrent.TimeUnit.SECONDS.toNanos(Math.max(0, config.restSettleSeconds()));
    }

    Report check() {
        Storage db = storage;
        boolean databaseUp = db != null && db.isAvailable();
        List<String> waiting = new ArrayList<>();
        List<String> failedPlugins = new ArrayList<>();
        if (!frameworkStarted()) {
            waiting.add("the framework to reach its start level");
        }
        RuntimeDTO rest = restDto();
        if (rest == null) {
            waiting.add("the REST runtime");
        }
        for (Bundle bundle : context.getBundles()) {
            if (isPlatform(bundle)) {
                waiting.addAll(serving(bundle, rest));
            }
        }
        if (!wasReady) {
            boolean patient = Duration.between(activated, Instant.now()).compareTo(pluginPatience) < 0;
            for (PluginAtStart jar : pluginsAtStart) {
                List<String> missing = pluginServing(jar, rest);
                if (!missing.isEmpty()) {
                    (patient && jar.symbolicName() != null ? waiting : failedPlugins).add(missing.get(0));
                }
            }
        }
        Report report = new Report(databaseUp, waiting.stream().limit(MAX_REASONS).toList(), failedPlugins);
        if (report.ready()) {
            wasReady = true;
        }
        return report;
    }

    private boolean frameworkStarted() {
        Bundle system = context.getBundle(0);
        if (system.getState() != Bundle.ACTIVE) {
            return false;
        }
        String beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        int wanted = beginning == null ? 1 : Integer.parseInt(beginning.strip());
        return system.adapt(FrameworkStartLevel.class).getStartLevel() >= wanted;
    }

    private RuntimeDTO restDto() {
        JakartarsServiceRuntime runtime = restRuntime;
        try {
            return runtime == null ? null : runtime.getRuntimeDTO();
        } catch (RuntimeException goingAway) {
            return null;
        }
    }

    /** Why the bundle is not serving yet; empty when it is. */
    private List<String> serving(Bundle bundle, RuntimeDTO rest) {
        if (bundle.getState() != Bundle.ACTIVE) {
            return List.of("bundle " + bundle.getSymbolicName() + " to start");
        }
        List<String> waiting = new ArrayList<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            if (!components.isComponentEnabled(description)) {
                continue;
            }
            Collection<ComponentConfigurationDTO> configurations = components.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty() && !"require".equals(description.configurationPolicy)) {
                waiting.add("component " + description.name);
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                // An immediate component that is only satisfied is still activating (loading its
                // data, say); a delayed one stays satisfied until first used, and that is serving.
                boolean activating = description.immediate && configuration.state == ComponentConfigurationDTO.SATISFIED;
                if (activating || configuration.state != ComponentConfigurationDTO.ACTIVE
                        && configuration.state != ComponentConfigurationDTO.SATISFIED) {
                    waiting.add("component " + description.name + (activating ? " to activate" : unsatisfied(configuration)));
                }
            }
        }
        if (rest != null) {
            waiting.addAll(unserved(bundle, rest));
        }
        return waiting;
    }

    private static String unsatisfied(ComponentConfigurationDTO configuration) {
        if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
            return " (failed to activate)";
        }
        UnsatisfiedReferenceDTO[] references = configuration.unsatisfiedReferences;
        return references == null || references.length == 0 ? ""
                : " (needs " + String.join(", ", Arrays.stream(references).map(r -> r.name).toList()) + ")";
    }

    /** The bundle's JAX-RS resources and extensions that the REST runtime does not serve. */
    private List<String> unserved(Bundle bundle, RuntimeDTO rest) {
        List<ServiceReference<?>> registered = registeredJakartarsServices();
        Set<Long> served = new HashSet<>();
        Map<Long, Integer> failed = new HashMap<>();
        collect(rest, served, failed);
        List<String> waiting = new ArrayList<>();
        for (ServiceReference<?> reference : registered) {
            if (reference.getBundle() != bundle) {
                continue;
            }
            long id = (Long) reference.getProperty(Constants.SERVICE_ID);
            if (served.contains(id)) {
                continue;
            }
            Object name = reference.getProperty("osgi.jakartars.name");
            String what = "REST service " + (name != null ? name : reference.getProperty("component.name"));
            waiting.add(failed.containsKey(id) ? what + " (" + refusal(failed.get(id), reference) + ")" : what);
        }
        return waiting;
    }

    /** Why the REST runtime refused a service, in words (DTOConstants.FAILURE_REASON_*). */
    private static String refusal(int reason, ServiceReference<?> reference) {
        return switch (reason) {
            case DTOConstants.FAILURE_REASON_SHADOWED_BY_OTHER_SERVICE -> "shadowed by another service of the same name";
            case DTOConstants.FAILURE_REASON_SERVICE_NOT_GETTABLE -> "its component failed to start";
            case DTOConstants.FAILURE_REASON_VALIDATION_FAILED -> "its whiteboard properties are invalid";
            case DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE -> "waits for the extensions it selects: "
                    + String.join(" ", selected(reference.getProperty("osgi.jakartars.extension.select")));
            case DTOConstants.FAILURE_REASON_DUPLICATE_NAME -> "another service has the same name";
            default -> "refused by the REST runtime, reason " + reason;
        };
    }

    private static List<String> selected(Object filters) {
        if (filters instanceof String[] many) {
            return Arrays.asList(many);
        }
        return filters == null ? List.of() : List.of(String.valueOf(filters));
    }

    private List<ServiceReference<?>> registeredJakartarsServices() {
        try {
            ServiceReference<?>[] registered = context.getAllServiceReferences(null, JAKARTARS_SERVICES);
            return registered == null ? List.of() : Arrays.asList(registered);
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void collect(RuntimeDTO rest, Set<Long> served, Map<Long, Integer> failed) {
        List<ApplicationDTO> applications = new ArrayList<>();
        if (rest.defaultApplication != null) {
            applications.add(rest.defaultApplication);
        }
        if (rest.applicationDTOs != null) {
            applications.addAll(Arrays.asList(rest.applicationDTOs));
        }
        for (ApplicationDTO application : applications) {
            Stream.of(application.resourceDTOs, application.extensionDTOs)
                    .filter(dtos -> dtos != null)
                    .flatMap(Arrays::stream)
                    .forEach(dto -> served.add(dto.serviceId));
        }
        Stream.of(rest.failedResourceDTOs, rest.failedExtensionDTOs)
                .filter(dtos -> dtos != null)
                .flatMap(Arrays::stream)
                .forEach(dto -> failed.put(((BaseDTO) dto).serviceId, failureReason(dto)));
    }

    private static int failureReason(Object failedDto) {
        if (failedDto instanceof org.osgi.service.jakartars.runtime.dto.FailedResourceDTO r) {
            return r.failureReason;
        }
        return ((org.osgi.service.jakartars.runtime.dto.FailedExtensionDTO) failedDto).failureReason;
    }

    /**
     * Whether the REST runtime has yet to catch up with the plugins: for a moment while a plugin
     * starts, stops or is replaced, its paths are not there yet, or are about to go.
     */
    boolean restSettling() {
        for (Bundle bundle : context.getBundles()) {
            if (isPlatform(bundle)) {
                continue;
            }
            int state = bundle.getState();
            if (state == Bundle.STARTING || state == Bundle.STOPPING || state == Bundle.ACTIVE && componentsLoading(bundle)) {
                return true;
            }
        }
        RuntimeDTO rest = restDto();
        if (rest == null) {
            return true;
        }
        Set<Long> known = new HashSet<>();
        Map<Long, Integer> failed = new HashMap<>();
        collect(rest, known, failed);
        known.addAll(failed.keySet());
        Set<Long> registered = new HashSet<>();
        registeredJakartarsServices().forEach(reference -> registered.add((Long) reference.getProperty(Constants.SERVICE_ID)));
        known.removeIf(id -> id <= 0);
        return !registered.equals(known);
    }

    /**
     * Whether the component runtime is still bringing up the components of an active bundle. A
     * bundle is active before its components are: they are enabled one by one, so for a moment
     * its module may already be registered while its REST resources are not. A component that is
     * disabled by default, or waits for a service that is missing, is a steady state, not loading.
     */
    private boolean componentsLoading(Bundle bundle) {
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            boolean enabled = components.isComponentEnabled(description);
            if (description.defaultEnabled && !enabled) {
                return true;
            }
            if (enabled && !"require".equals(description.configurationPolicy)
                    && components.getComponentConfigurationDTOs(description).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a resource the REST runtime lists serves this path (relative to {@code /api/v1}).
     * When the runtime lists it and yet the request found no resource, the servlet container the
     * runtime rebuilds on every change has not caught up with it yet: the path is settling.
     */
    boolean listsResourceFor(String path) {
        RuntimeDTO rest = restDto();
        if (rest == null || rest.defaultApplication == null || rest.defaultApplication.resourceDTOs == null) {
            return false;
        }
        String wanted = withoutBase(path);
        for (ResourceDTO resource : rest.defaultApplication.resourceDTOs) {
            for (ResourceMethodInfoDTO method : resource.resourceMethods == null ? new ResourceMethodInfoDTO[0]
                    : resource.resourceMethods) {
                if (method.path != null && template(withoutBase(method.path)).matcher(wanted).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a plugin changed within the last {@link Config#restSettleSeconds()} and a resource the
     * REST runtime has listed since the start serves this path. A request may be routed into the
     * runtime's previous application just before the rebuilt one takes over and come back
     * unmatched when every state already looks settled; a path no resource ever served stays 404.
     */
    boolean recentlyServed(String path) {
        if (System.nanoTime() - lastPluginChange >= settleNanos) {
            return false;
        }
        String wanted = withoutBase(path);
        return servedTemplates.values().stream().anyMatch(template -> template.matcher(wanted).matches());
    }

    /** Remembers the paths the REST runtime lists now; it is read while plugins change. */
    private void learnServedPaths() {
        RuntimeDTO rest = restDto();
        if (rest == null || rest.defaultApplication == null || rest.defaultApplication.resourceDTOs == null) {
            return;
        }
        for (ResourceDTO resource : rest.defaultApplication.resourceDTOs) {
            for (ResourceMethodInfoDTO method : resource.resourceMethods == null ? new ResourceMethodInfoDTO[0]
                    : resource.resourceMethods) {
                if (method.path != null) {
                    servedTemplates.computeIfAbsent(withoutBase(method.path), Readiness::template);
                }
            }
        }
    }

    private static String withoutBase(String path) {
        String relative = path.replaceAll("^/+", "").replaceAll("/+$", "");
        return relative.startsWith("api/v1/") ? relative.substring("api/v1/".length()) : relative;
    }

    /** {@code municipalities/{municipalityId}/notes} as a pattern: a parameter is one path segment. */
    private static java.util.regex.Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String segment : path.split("/")) {
            regex.append(regex.length() == 0 ? "" : "/")
                    .append(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : java.util.regex.Pattern.quote(segment));
        }
        return java.util.regex.Pattern.compile(regex.toString());
    }

    /** Whether the platform has been ready once since it started. */
    boolean hasBeenReady() {
        return wasReady;
    }

    /** Why the plugin from this jar is not serving; empty when it is. */
    private List<String> pluginServing(PluginAtStart jar, RuntimeDTO rest) {
        if (jar.symbolicName() == null) {
            return List.of("plugin " + jar.fileName() + " is not a bundle");
        }
        for (Bundle bundle : context.getBundles()) {
            if (jar.symbolicName().equals(bundle.getSymbolicName()) && !isPlatform(bundle)) {
                List<String> waiting = serving(bundle, rest);
                return waiting.isEmpty() ? List.of() : List.of("plugin " + jar.fileName() + ": " + waiting.get(0));
            }
        }
        return List.of("plugin " + jar.fileName() + " to be installed");
    }

    /** A platform bundle is one of the distribution's {@code bundle/} folder; plugins come from elsewhere. */
    private static boolean isPlatform(Bundle bundle) {
        return PlatformBundles.isPlatform(bundle);
    }
}
