package org.example.surveys;

import java.sql.SQLException;
import java.time.Instant;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.samverka.api.rest.Page;
import org.samverka.api.rest.Paging;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.Storage;
import org.samverka.api.storage.Transaction;

/** Surveys and their answers in the module's own schema; every query is bound to one municipality. */
@Component(service = SurveyStore.class)
public final class SurveyStore {

    private final SchemaAccess db;

    @Activate
    public SurveyStore(@Reference Storage storage, BundleContext context) {
        this.db = storage.schema(SurveysModule.ID, context.getBundle());
    }

    Page<Survey> list(String municipalityId, Paging paging) {
        return db.transaction(tx -> Page.ofOneMore(tx.list(Survey.class, "SELECT * FROM SURVEY WHERE MUNICIPALITY_ID = ? "
                + "ORDER BY ID" + paging.sqlWithOneMore(), municipalityId), paging,
                () -> tx.number("SELECT COUNT(*) FROM SURVEY WHERE MUNICIPALITY_ID = ?", municipalityId)));
    }

    Survey get(String municipalityId, long id) {
        return db.transaction(tx -> get(tx, municipalityId, id));
    }

    Survey create(String municipalityId, SurveyInput input) {
        return db.transaction(tx -> get(tx, municipalityId, tx.insert("INSERT INTO SURVEY (MUNICIPALITY_ID, QUESTION, VERSION, "
                + "CREATED_AT) VALUES (?, ?, 1, ?)", municipalityId, input.question(), Instant.now())));
    }

    /**
     * Adds every answer or none, then counts in a transaction of its own: a count in the writing
     * transaction would hold its locks against every other answer being added at the same time.
     * 404 when the municipality has no such survey.
     */
    Nps answer(String municipalityId, long surveyId, AnswersInput input) {
        db.transaction(tx -> {
            get(tx, municipalityId, surveyId);
            for (int score : input.scores()) {
                tx.update("INSERT INTO ANSWER (SURVEY_ID, SCORE) VALUES (?, ?)", surveyId, score);
            }
            return null;
        });
        return nps(municipalityId, surveyId);
    }

    Nps nps(String municipalityId, long surveyId) {
        return db.transaction(tx -> {
            get(tx, municipalityId, surveyId);
            return nps(tx, surveyId);
        });
    }

    /** A row of the count: how many answers gave this score. */
    public record ScoreCount(int score, long answers) {
    }

    private static Nps nps(Transaction tx, long surveyId) throws SQLException {
        long[] counts = new long[11];
        for (ScoreCount row : tx.list(ScoreCount.class, "SELECT SCORE, COUNT(*) AS ANSWERS FROM ANSWER WHERE SURVEY_ID = ? "
                + "GROUP BY SCORE", surveyId)) {
            counts[row.score()] = row.answers();
        }
        return Nps.of(counts);
    }

    private static Survey get(Transaction tx, String municipalityId, long id) throws SQLException {
        return tx.first(Survey.class, "SELECT * FROM SURVEY WHERE MUNICIPALITY_ID = ? AND ID = ?", municipalityId, id)
                .orElseThrow(() -> new RowNotFoundException("survey " + id + " of municipality '" + municipalityId + "'"));
    }
}
