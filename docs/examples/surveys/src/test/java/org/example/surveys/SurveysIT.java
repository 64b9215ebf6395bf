package org.example.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.RuleSweep;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/** The surveys plugin in a running Samverka, booted by the test kit with this build's jar. */
@SamverkaTest(modules = "surveys")
class SurveysIT {

    private static final String SURVEYS = "/municipalities/lulea/surveys";

    @BeforeAll
    static void enable(Samverka samverka) {
        samverka.enable("surveys", "lulea");
    }

    @Test
    void answersGiveTheNetPromoterScore(Samverka samverka) {
        Client editor = samverka.as("editor", "municipality:lulea");
        Reply survey = editor.post(SURVEYS, "{\"question\":\"Hur troligt är det att du rekommenderar Luleå?\"}");
        assertEquals(201, survey.status(), survey.toString());
        String nps = survey.header("Location") + "/nps";
        assertEquals("null", samverka.as("viewer", "municipality:lulea").get(nps).json().path("score").toString());

        Reply answered = editor.post(survey.header("Location") + "/answers", "{\"scores\":[10,9,8,6,0]}");
        assertEquals(200, answered.status(), answered.toString());
        assertEquals(5, answered.json().path("answers").asLong());
        assertEquals(0.0, editor.get(nps).json().path("score").asDouble());
    }

    @Test
    void aScoreOutOfRangeIsNamedAndNoAnswerIsKept(Samverka samverka) {
        Client editor = samverka.as("editor", "municipality:lulea");
        String survey = editor.post(SURVEYS, "{\"question\":\"Would you recommend the meeting place?\"}").header("Location");
        Reply refused = editor.post(survey + "/answers", "{\"scores\":[10,11,9]}");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("scores[1]", refused.json().path("errors").path(0).path("field").asText(), refused.toString());
        assertEquals(0, editor.get(survey + "/nps").json().path("answers").asLong(), "nothing kept");
    }

    @Test
    void concurrentAnswersAllCount(Samverka samverka) {
        Client editor = samverka.as("editor", "municipality:lulea");
        String survey = editor.post(SURVEYS, "{\"question\":\"Concurrent answers\"}").header("Location");
        List<CompletableFuture<Reply>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> editor.post(survey + "/answers", "{\"scores\":[9]}")));
        }
        answers.forEach(a -> assertEquals(200, a.join().status(), a.join().toString()));
        assertEquals(8, editor.get(survey + "/nps").json().path("promoters").asLong());
    }

    @Test
    void everyEndpointKeepsThePlatformsRules(Samverka samverka) {
        int checks = RuleSweep.of(samverka, "surveys")
                .documented()   // every endpoint in the plugin's OpenAPI fragment
                .post("/municipalities/{municipality}/surveys", "{\"question\":\"{marker}\"}")
                .run();
        assertTrue(checks >= 18, "the sweep checked " + checks + " rules");
    }
}
