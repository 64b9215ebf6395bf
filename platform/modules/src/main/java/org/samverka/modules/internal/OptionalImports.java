package org.samverka.modules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.resource.Namespace;

/**
 * Which plugins could now use a package they import optionally. The framework wires an optional
 * import only when it resolves a bundle: a plugin resolved before the plugin that exports the
 * package arrived goes on without it until it is refreshed. That is how one plugin offers a
 * service to another (see the plugin guide), so the plugin folder refreshes such plugins.
 */
final class OptionalImports {

    private static final Pattern PACKAGE = Pattern.compile("\\(" + Pattern.quote(PackageNamespace.PACKAGE_NAMESPACE) + "=([^)]+)\\)");

    private OptionalImports() {
    }

    /** The bundles with an optional import, not wired, of a package the newcomer exports. */
    static List<Bundle> waitingFor(Bundle newcomer, List<Bundle> others) {
        Set<String> exported = exportedBy(newcomer);
        List<Bundle> waiting = new ArrayList<>();
        if (exported.isEmpty()) {
            return waiting;
        }
        for (Bundle other : others) {
            BundleRevision revision = other.adapt(BundleRevision.class);
            BundleWiring wiring = other.adapt(BundleWiring.class);
            if (other.getBundleId() == newcomer.getBundleId() || revision == null || wiring == null) {
                continue;
            }
            Set<String> wired = new HashSet<>();
            for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                wired.add(String.valueOf(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)));
            }
            for (BundleRequirement requirement : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
                String name = packageOf(requirement);
                if (Namespace.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))
                        && exported.contains(name) && !wired.contains(name)) {
                    waiting.add(other);
                    break;
                }
            }
        }
        return waiting;
    }

    private static Set<String> exportedBy(Bundle bundle) {
        Set<String> packages = new HashSet<>();
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null) {
            revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)
                    .forEach(c -> packages.add(String.valueOf(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))));
        }
        return packages;
    }

    private static String packageOf(BundleRequirement requirement) {
        Matcher m = PACKAGE.matcher(String.valueOf(requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE)));
        return m.find() ? m.group(1) : "";
    }
}
