package org.samverka.plugin.portfolio;

import java.util.ArrayList;
import java.util.List;

import org.samverka.api.rest.Validation;

/** Checks risks, groups, meetings, roles and closures as sent. */
final class ContinuityValidation {

    private ContinuityValidation() {
    }

    static Continuity.RiskInput check(Continuity.RiskInput in) {
        var check = new Validation();
        String text = check.requiredText("text", in.text(), 2000);
        check.check(in.category() != null && Continuity.RISK_CATEGORIES.contains(in.category()), "category",
                "must be one of " + Continuity.RISK_CATEGORIES);
        check.check(in.likelihood() != null && in.likelihood() >= 1 && in.likelihood() <= 3, "likelihood", "must be 1 (low) to 3 (high)");
        check.check(in.impact() != null && in.impact() >= 1 && in.impact() <= 3, "impact", "must be 1 (low) to 3 (high)");
        String mitigation = check.optionalText("mitigation", in.mitigation(), 2000);
        String status = in.status() == null ? "OPEN" : in.status();
        check.check(Continuity.RISK_STATUSES.contains(status), "status", "must be one of " + Continuity.RISK_STATUSES);
        check.throwIfInvalid();
        return new Continuity.RiskInput(in.projectId(), text, in.category(), in.likelihood(), in.impact(), mitigation, status);
    }

    static Continuity.CircleInput check(Continuity.CircleInput in) {
        var check = new Validation();
        String name = check.requiredText("name", in.name(), 200);
        String kind = in.kind() == null ? "GROUP" : in.kind();
        check.check(Continuity.CIRCLE_KINDS.contains(kind), "kind", "must be one of " + Continuity.CIRCLE_KINDS);
        String purpose = check.optionalText("purpose", in.purpose(), 2000);
        check.throwIfInvalid();
        return new Continuity.CircleInput(name, kind, purpose);
    }

    static Continuity.MeetingInput check(Continuity.MeetingInput in) {
        var check = new Validation();
        check.required("heldOn", in.heldOn());
        check.date("heldOn", in.heldOn());
        check.check(in.attendees() != null && in.attendees() >= 0 && in.attendees() <= 10_000, "attendees", "must be 0 to 10000");
        check.required("leadPresent", in.leadPresent());
        check.throwIfInvalid();
        return in;
    }

    static Continuity.CapacityInput check(Continuity.CapacityInput in) {
        var check = new Validation();
        List<Continuity.Role> roles = new ArrayList<>();
        List<Continuity.Role> given = in.roles() == null ? List.of() : in.roles();
        check.check(given.size() <= 50, "roles", "at most 50");
        for (int i = 0; i < given.size() && i < 50; i++) {
            Continuity.Role r = given.get(i);
            if (r == null) {
                check.check(false, "roles[" + i + "]", "is empty");
                continue;
            }
            roles.add(new Continuity.Role(check.requiredText("roles[" + i + "].name", r.name(), 200),
                    check.optionalText("roles[" + i + "].filledBy", r.filledBy(), 200)));
        }
        int trained = in.peopleTrained() == null ? 0 : in.peopleTrained();
        check.check(trained >= 0 && trained <= 100_000, "peopleTrained", "must be 0 or more");
        check.throwIfInvalid();
        return new Continuity.CapacityInput(roles, trained);
    }

    static Continuity.ClosureInput check(Continuity.ClosureInput in) {
        var check = new Validation();
        String learned = check.optionalText("learned", in.learned(), 2000);
        check.throwIfInvalid();
        return new Continuity.ClosureInput(learned, in.livesOn(), in.shared());
    }
}
