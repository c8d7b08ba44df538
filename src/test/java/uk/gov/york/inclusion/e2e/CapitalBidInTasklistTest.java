package uk.gov.york.inclusion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Drives a capital bid through the real Tasklist in headless Chromium. A cluster lead submits it, an inclusion officer
 * accepts it, a panel member scores it and the Assistant Director awards it, and then the fund API shows the award. The
 * round's timer and the other two panel scores run through the engine's Java API, because the job executor is off in
 * tests. Run with {@code -De2e.screenshots=docs} to also refresh {@code docs/tasklist-capital-*.png}.
 */
@IntegrationTest
class CapitalBidInTasklistTest {

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private TestData testData;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private TaskService taskService;

    @Autowired
    private IdentityService identityService;

    private TasklistBrowser browser;

    @RegisterExtension
    final AfterTestExecutionCallback saveBrowserOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveState(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() throws IOException {
        browser = TasklistBrowser.open(port);
        testData.reset();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void bidAwardedThroughTasklist() {
        String year = testData.openYear().toString();
        openRound(year);

        browser.signIn("lead-east");
        browser.openStartForm("Capital bid", "clusterCode-display");
        browser.chooseOption("clusterCode", "East");
        browser.awaitChecklistOption("Tang Hall");
        browser.type("title", "Speech and language base");
        browser.chooseOption("provisionKind", "Speech, language and communication needs provision");
        browser.clickChecklistOption("Tang Hall");
        browser.chooseOption("priority", "None yet: the cluster has no approved plan for that year");
        browser.type("noPriorityReason", "The plan is still with the headteachers.");
        browser.type("amount", "45000");
        browser.type("timetable", "Refit over the summer term; opens in September.");
        browser.type("outcomes", "Earlier help for pupils with speech and language needs.");
        browser.clickFormHeading(".modal-body h2");
        browser.saveForDocs("tasklist-capital-bid-form.png");
        assertThat(browser.submitStartForm()).contains("The process has been started.");
        browser.signOut();

        browser.signIn("officer");
        browser.openTask("Check capital bid");
        browser.claimTask();
        assertThat(browser.fieldValue("reference")).startsWith("CAP-EAST-" + year);
        assertThat(browser.fieldValue("amountDisplay")).isEqualTo("£45,000.00");
        browser.clickRadioOption("Accept for scoring");
        browser.completeTask();
        browser.signOut();

        fireRoundTimer();

        browser.signIn("panel-1");
        browser.openTask("Score capital bid");
        assertThat(browser.fieldValue("title")).isEqualTo("Speech and language base");
        for (String key :
                new String[] {"needScore", "impactScore", "valueScore", "deliverabilityScore", "sustainabilityScore"}) {
            browser.chooseOption(key, "4");
        }
        browser.clickRadioOption("Fund");
        browser.type("scoreComment", "Well evidenced need.");
        browser.saveForDocs("tasklist-capital-score-form.png");
        browser.completeTask();
        browser.signOut();

        scoreAsRestOfPanel();

        browser.signIn("director");
        browser.openTask("Decide capital bid");
        browser.claimTask();
        assertThat(browser.fieldValue("meanScore")).isEqualTo("20.00 out of 25");
        assertThat(browser.fieldValue("panelRecommendation")).isEqualTo("fund");
        browser.clickRadioOption("Award in full");
        browser.type("decisionReasons", "Highest scoring bid of the round.");
        browser.completeTask();

        ResponseEntity<Map<String, String>> fund = rest.withBasicAuth("officer", TasklistBrowser.PASSWORD)
                .exchange(
                        "/api/capital/funds?year={year}",
                        HttpMethod.GET,
                        null,
                        new ParameterizedTypeReference<Map<String, String>>() {},
                        year);
        assertThat(fund.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fund.getBody()).containsEntry("awarded", "45000.00");
        assertThat(fund.getBody()).containsEntry("available", "155000.00");
    }

    private void openRound(String year) {
        ResponseEntity<String> fund = rest.withBasicAuth("admin", TasklistBrowser.PASSWORD)
                .exchange(
                        "/api/capital/funds?year={year}",
                        HttpMethod.PUT,
                        new HttpEntity<>(Map.of("allocation", "200000.00")),
                        String.class,
                        year);
        assertThat(fund.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, String> round = new HashMap<>();
        round.put("financialYear", year);
        round.put("closesOn", testData.today().plusDays(14).toString());
        ResponseEntity<String> opened = rest.withBasicAuth("admin", TasklistBrowser.PASSWORD)
                .postForEntity("/api/capital/rounds", round, String.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** Runs the round's timer now, as the engine would at the end of the closing date. */
    private void fireRoundTimer() {
        // The Forum summary and reminder schedules have timer jobs of their own, so the query names the process.
        Job timer = managementService
                .createJobQuery()
                .processDefinitionKey("capital-bid")
                .timers()
                .singleResult();
        managementService.executeJob(timer.getId());
    }

    private void scoreAsRestOfPanel() {
        for (String member : new String[] {"panel-2", "panel-3"}) {
            Task task = taskService.createTaskQuery().taskAssignee(member).singleResult();
            Map<String, Object> score = new HashMap<>();
            for (String key :
                    new String[] {"needScore", "impactScore", "valueScore", "deliverabilityScore", "sustainabilityScore"
                    }) {
                score.put(key, "4");
            }
            score.put("recommendation", "fund");
            score.put("scoreComment", "Agreed.");
            testData.signIn(member);
            try {
                taskService.complete(task.getId(), score);
            } finally {
                identityService.clearAuthentication();
            }
        }
        for (Job job : managementService.createJobQuery().messages().list()) {
            managementService.executeJob(job.getId());
        }
    }
}
