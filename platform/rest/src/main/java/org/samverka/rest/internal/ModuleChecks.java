package org.samverka.rest.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.apache.felix.hc.api.execution.HealthCheckExecutionOptions;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.samverka.api.module.ModuleHealthCheck;

/**
 * Runs the health checks modules contribute ({@link ModuleHealthCheck}) through Felix Health
 * Checks, which times them out and caches their results, and sorts the results by module.
 */
@Component(service = ModuleChecks.class)
public final class ModuleChecks {

    /** The longest {@code /health} waits for a module's checks; a slower check counts as failed. */
    static final int TIMEOUT_MILLIS = 2000;

    /** One check's result as {@code /health} shows it. */
    public record Check(String name, String status, String message) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HealthCheckExecutor executor;

    /** Module id → its checks' results; empty while Felix Health Checks is not running. */
    Map<String, List<Check>> byModule() {
        HealthCheckExecutor checks = executor;
        if (checks == null) {
            return Map.of();
        }
        Map<String, List<Check>> byModule = new LinkedHashMap<>();
        for (HealthCheckExecutionResult execution : checks.execute(HealthCheckSelector.tags(ModuleHealthCheck.TAG),
                new HealthCheckExecutionOptions().setOverrideGlobalTimeout(TIMEOUT_MILLIS))) {
            ServiceReference<?> reference = execution.getHealthCheckMetadata().getServiceReference();
            Object module = reference == null ? null : reference.getProperty(ModuleHealthCheck.PREFIX_ + "module");
            if (module instanceof String id) {
                Result result = execution.getHealthCheckResult();
                byModule.computeIfAbsent(id, m -> new ArrayList<>()).add(new Check(
                        execution.getHealthCheckMetadata().getName(), result.getStatus().name(), message(result)));
            }
        }
        return byModule;
    }

    /** The worst of the statuses, {@code OK} for none: the order of {@link Result.Status} is from good to bad. */
    static String worst(List<Check> checks) {
        Result.Status worst = Result.Status.OK;
        for (Check check : checks) {
            Result.Status status = Result.Status.valueOf(check.status());
            if (status.ordinal() > worst.ordinal()) {
                worst = status;
            }
        }
        return worst.name();
    }

    /** The message of the entry that set the result's status, else the first one. */
    private static String message(Result result) {
        String first = null;
        for (Iterator<ResultLog.Entry> entries = result.iterator(); entries.hasNext();) {
            ResultLog.Entry entry = entries.next();
            if (entry.getStatus() == result.getStatus()) {
                return entry.getMessage();
            }
            first = first == null ? entry.getMessage() : first;
        }
        return first;
    }
}
