package org.samverka.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.samverka.api.security.Role;
import org.samverka.api.security.Scope;

/**
 * How a provider's claim values become a role and scope: {@code value=role@scope} lines (also
 * several in one, separated by commas, as a {@code .cfg} file writes them), the most
 * powerful match winning (two matches of the same power: the first line). Lines that do not parse
 * are reported, never guessed at.
 */
final class ClaimMapping {

    record Grant(Role role, Scope scope) {
    }

    private record Line(String value, Grant grant) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    ClaimMapping(String[] mappings) {
        for (String mapping : java.util.Arrays.stream(mappings == null ? new String[0] : mappings)
                .flatMap(m -> java.util.Arrays.stream(m.split(","))).toList()) {
            String text = mapping.strip();
            if (text.isEmpty()) {
                continue;
            }
            int eq = text.lastIndexOf('=');
            int at = text.lastIndexOf('@');
            Optional<Role> role = eq > 0 && at > eq ? Role.fromId(text.substring(eq + 1, at).strip()) : Optional.empty();
            Optional<Scope> scope = at > 0 ? Scope.parse(text.substring(at + 1).strip()) : Optional.empty();
            if (role.isEmpty() || scope.isEmpty() || !AccessPolicy.fits(role.get(), scope.get())) {
                problems.add("'" + text + "' is not value=role@scope with a role that fits its scope");
                continue;
            }
            lines.add(new Line(text.substring(0, eq).strip(), new Grant(role.get(), scope.get())));
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The grant of the most powerful line whose value the person's claim holds. */
    Optional<Grant> grantFor(Collection<String> claimValues) {
        Grant best = null;
        for (Line line : lines) {
            if (claimValues.contains(line.value())
                    && (best == null || (line.grant().role().includes(best.role()) && line.grant().role() != best.role()))) {
                best = line.grant();
            }
        }
        return Optional.ofNullable(best);
    }
}
