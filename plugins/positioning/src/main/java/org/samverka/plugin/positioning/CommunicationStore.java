package org.samverka.plugin.positioning;

import java.time.Instant;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.Validation;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.Row;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** A region's messages (MESSAGE) and advocacy agenda (ADVOCACY_ISSUE). */
@Component(service = CommunicationStore.class)
public final class CommunicationStore {

    private final SchemaAccess db;

    @Activate
    public CommunicationStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(PositioningModule.ID, context.getBundle());
    }

    List<Communication.Message> messages(String regionId) {
        return db.transaction(tx -> tx.list(CommunicationStore::message, "SELECT * FROM MESSAGE WHERE REGION_ID = ? ORDER BY ID", regionId));
    }

    Communication.Message message(String regionId, long id) {
        return db.transaction(tx -> tx.first(CommunicationStore::message, "SELECT * FROM MESSAGE WHERE REGION_ID = ? AND ID = ?", regionId, id)
                .orElseThrow(() -> new RowNotFoundException("message " + id + " of region '" + regionId + "'")));
    }

    static Communication.MessageInput check(Communication.MessageInput in) {
        var check = new Validation();
        String text = check.requiredText("text", in.text(), 2000);
        String audience = check.optionalText("audience", in.audience(), 500);
        String channel = check.optionalText("channel", in.channel(), 200);
        String activity = check.optionalText("activity", in.activity(), 500);
        check.date("activityOn", in.activityOn());
        String status = in.status() == null ? "PLANNED" : in.status();
        check.check(Communication.MESSAGE_STATUSES.contains(status), "status", "must be one of " + Communication.MESSAGE_STATUSES);
        check.throwIfInvalid();
        return new Communication.MessageInput(in.positionId(), text, audience, channel, activity, in.activityOn(), status);
    }

    Communication.Message createMessage(String regionId, Communication.MessageInput in) {
        Instant now = Instant.now();
        long id = db.transaction(tx -> {
            requirePosition(tx, regionId, in.positionId());
            return tx.insert("INSERT INTO MESSAGE (REGION_ID, POSITION_ID, TEXT, AUDIENCE, CHANNEL, ACTIVITY, ACTIVITY_ON, STATUS, VERSION, "
                    + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.positionId(), in.text(), in.audience(),
                    in.channel(), in.activity(), in.activityOn(), in.status(), now, now);
        });
        return message(regionId, id);
    }

    Communication.Message replaceMessage(String regionId, long id, ExpectedVersion expected, Communication.MessageInput in) {
        db.transaction(tx -> {
            requirePosition(tx, regionId, in.positionId());
            return row(tx, "MESSAGE", "message", regionId, id).update(expected, "POSITION_ID = ?, TEXT = ?, AUDIENCE = ?, CHANNEL = ?, "
                    + "ACTIVITY = ?, ACTIVITY_ON = ?, STATUS = ?, UPDATED_AT = ?", in.positionId(), in.text(), in.audience(), in.channel(),
                    in.activity(), in.activityOn(), in.status(), Instant.now());
        });
        return message(regionId, id);
    }

    void deleteMessage(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, "MESSAGE", "message", regionId, id).delete(expected));
    }

    List<Communication.Issue> issues(String regionId) {
        return db.transaction(tx -> tx.list(CommunicationStore::issue, "SELECT * FROM ADVOCACY_ISSUE WHERE REGION_ID = ? ORDER BY ID", regionId));
    }

    Communication.Issue issue(String regionId, long id) {
        return db.transaction(tx -> tx.first(CommunicationStore::issue, "SELECT * FROM ADVOCACY_ISSUE WHERE REGION_ID = ? AND ID = ?", regionId,
                id).orElseThrow(() -> new RowNotFoundException("advocacy issue " + id + " of region '" + regionId + "'")));
    }

    static Communication.IssueInput check(Communication.IssueInput in) {
        var check = new Validation();
        String title = check.requiredText("title", in.title(), 200);
        check.check(in.decisionLevel() != null && Person.DECISION_LEVELS.contains(in.decisionLevel()), "decisionLevel",
                "must be one of " + Person.DECISION_LEVELS);
        String makers = check.optionalText("decisionMakers", in.decisionMakers(), 2000);
        String channels = check.optionalText("channels", in.channels(), 2000);
        String coalitions = check.optionalText("coalitions", in.coalitions(), 2000);
        String status = in.status() == null ? "OPEN" : in.status();
        check.check(Communication.ISSUE_STATUSES.contains(status), "status", "must be one of " + Communication.ISSUE_STATUSES);
        String followUp = check.optionalText("followUp", in.followUp(), 2000);
        check.throwIfInvalid();
        return new Communication.IssueInput(title, in.decisionLevel(), makers, channels, coalitions, status, followUp);
    }

    Communication.Issue createIssue(String regionId, Communication.IssueInput in) {
        Instant now = Instant.now();
        long id = db.transaction(tx -> tx.insert("INSERT INTO ADVOCACY_ISSUE (REGION_ID, TITLE, DECISION_LEVEL, DECISION_MAKERS, CHANNELS, "
                + "COALITIONS, STATUS, FOLLOW_UP, VERSION, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", regionId, in.title(),
                in.decisionLevel(), in.decisionMakers(), in.channels(), in.coalitions(), in.status(), in.followUp(), now, now));
        return issue(regionId, id);
    }

    Communication.Issue replaceIssue(String regionId, long id, ExpectedVersion expected, Communication.IssueInput in) {
        db.transaction(tx -> row(tx, "ADVOCACY_ISSUE", "advocacy issue", regionId, id).update(expected, "TITLE = ?, DECISION_LEVEL = ?, "
                + "DECISION_MAKERS = ?, CHANNELS = ?, COALITIONS = ?, STATUS = ?, FOLLOW_UP = ?, UPDATED_AT = ?", in.title(), in.decisionLevel(),
                in.decisionMakers(), in.channels(), in.coalitions(), in.status(), in.followUp(), Instant.now()));
        return issue(regionId, id);
    }

    void deleteIssue(String regionId, long id, ExpectedVersion expected) {
        db.transaction(tx -> row(tx, "ADVOCACY_ISSUE", "advocacy issue", regionId, id).delete(expected));
    }

    private static void requirePosition(Transaction tx, String regionId, Long positionId) throws java.sql.SQLException {
        if (positionId != null && tx.number("SELECT COUNT(*) FROM POSITION WHERE REGION_ID = ? AND ID = ?", regionId, positionId) == 0) {
            throw ApiProblem.invalid("positionId", "names no position of region '" + regionId + "'");
        }
    }

    private static Communication.Message message(Row r) throws java.sql.SQLException {
        return new Communication.Message(r.number("ID"), r.text("REGION_ID"), r.optionalNumber("POSITION_ID"), r.text("TEXT"), r.text("AUDIENCE"),
                r.text("CHANNEL"), r.text("ACTIVITY"), r.date("ACTIVITY_ON"), r.text("STATUS"), r.number("VERSION"), r.instant("CREATED_AT"),
                r.instant("UPDATED_AT"));
    }

    private static Communication.Issue issue(Row r) throws java.sql.SQLException {
        return new Communication.Issue(r.number("ID"), r.text("REGION_ID"), r.text("TITLE"), r.text("DECISION_LEVEL"), r.text("DECISION_MAKERS"),
                r.text("CHANNELS"), r.text("COALITIONS"), r.text("STATUS"), r.text("FOLLOW_UP"), r.number("VERSION"), r.instant("CREATED_AT"),
                r.instant("UPDATED_AT"));
    }

    private static org.samverka.api.storage.VersionedRow row(Transaction tx, String table, String what, String regionId, long id) {
        return tx.versionedRow(what + " " + id + " of region '" + regionId + "'", table, "REGION_ID = ? AND ID = ?", regionId, id);
    }
}
