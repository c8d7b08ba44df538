package uk.gov.york.inclusion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Drives the real Camunda Tasklist in headless Chromium: once the East cluster's priority plan is approved, its lead
 * submits a commissioning request for one of its priorities through the start form. An inclusion officer
 * returns it, the lead names another priority in the amend form, the officer approves, and the APIs show the money
 * committed.
 *
 * <p>{@link TasklistBrowser} skips the test without the system's Chromium and chromedriver, except on CI. On failure
 * the screenshot and page source are written to {@code target/e2e/}. Run with {@code -De2e.screenshots=docs} to also
 * refresh {@code docs/tasklist-start-form.png} and {@code docs/tasklist-review-form.png}.
 */
@IntegrationTest
class CommissioningInTasklistTest {

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private TestData testData;

    @Autowired
    private PrioritiesScenario plans;

    private TasklistBrowser browser;

    /** Saves what the browser showed when a test failed, before {@link #closeBrowser()} quits it. */
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
    void leadSubmitsAndOfficerApprovesInTasklist() {
        LocalDate startDate = testData.dayInOpenYear(30);
        LocalDate endDate = testData.dayInOpenYear(120);
        plans.approveEastPlan(2);
        String semhPriority = testData.openYear() + " priority 2, Social, emotional and mental health: Persistent"
                + " absence rate (%)";
        String attendancePriority = testData.openYear() + " priority 1, Attendance: Persistent absence rate (%)";

        browser.signIn("lead-east");
        browser.openStartForm("Outreach commissioning", "clusterCode-display");
        browser.chooseOption("clusterCode", "East");
        // The checklist's options come from a FEEL valuesExpression keyed by the chosen cluster.
        browser.awaitChecklistOption("Tang Hall");
        assertThat(browser.hasChecklistOption("Manor"))
                .as("a North school offered for the East cluster")
                .isFalse();
        // The approval deployed the start form again with the plan's priorities in the list.
        browser.chooseOption("priority", semhPriority);
        browser.chooseOption("category", "SEMH outreach");
        browser.type("provider", "York SEMH Partnership");
        browser.type("description", "Weekly outreach sessions for pupils at risk of exclusion.");
        browser.clickChecklistOption("Tang Hall");
        browser.clickChecklistOption("St Lawrence's");
        browser.typeDate("startDate", startDate);
        browser.typeDate("endDate", endDate);
        browser.type("amount", "4500.50");
        browser.clickFormHeading(".modal-body h2");
        browser.saveForDocs("tasklist-start-form.png");

        assertThat(browser.submitStartForm()).contains("The process has been started.");
        browser.signOut();

        browser.signIn("officer");
        browser.openTask("Review commissioning request");
        browser.claimTask();
        assertThat(browser.fieldValue("reference")).startsWith("COM-EAST-");
        assertThat(browser.fieldValue("schoolNames")).isEqualTo("Tang Hall, St Lawrence's");
        assertThat(browser.fieldValue("priorityLabel")).isEqualTo(semhPriority);
        assertThat(browser.fieldValue("startDate")).isEqualTo(startDate.toString());
        assertThat(browser.fieldValue("endDate")).isEqualTo(endDate.toString());
        assertThat(browser.fieldValue("amountDisplay")).isEqualTo("£4,500.50");
        assertThat(browser.fieldValue("submittedBy")).isEqualTo("lead-east");
        browser.clickRadioOption("Return for changes");
        browser.type("reviewComment", "This is attendance work: name the attendance priority.");
        browser.completeTask();
        browser.signOut();

        browser.signIn("lead-east");
        browser.openTask("Amend or withdraw request");
        browser.claimTask();
        assertThat(browser.fieldValue("returnReason"))
                .isEqualTo("This is attendance work: name the attendance priority.");
        // The amend form's priority list comes from a process variable, because a task form cannot read the plan.
        browser.chooseOption("priority", attendancePriority);
        browser.clickRadioOption("Resubmit the amended request");
        browser.completeTask();
        browser.signOut();

        browser.signIn("officer");
        browser.openTask("Review commissioning request");
        browser.claimTask();
        assertThat(browser.fieldValue("priorityLabel")).isEqualTo(attendancePriority);
        browser.clickRadioOption("Approve");
        browser.saveForDocs("tasklist-review-form.png");
        browser.completeTask();

        ResponseEntity<Map<String, String>> budget = budgetOf("east");
        assertThat(budget.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(budget.getBody()).containsEntry("committed", "4500.50");
        assertThat(budget.getBody()).containsEntry("available", "95499.50");
        assertThat(committedToPriority(1)).isEqualTo("4500.50");
        assertThat(committedToPriority(2)).isEqualTo("0.00");
    }

    private String committedToPriority(int position) {
        ResponseEntity<JsonNode> plan = rest.withBasicAuth("officer", TasklistBrowser.PASSWORD)
                .getForEntity(
                        "/api/clusters/east/priorities?year={year}",
                        JsonNode.class,
                        testData.openYear().toString());
        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
        return plan.getBody()
                .path("priorities")
                .get(position - 1)
                .path("committed")
                .asText();
    }

    private ResponseEntity<Map<String, String>> budgetOf(String cluster) {
        return rest.withBasicAuth("officer", TasklistBrowser.PASSWORD)
                .exchange(
                        "/api/clusters/{cluster}/budget?year={year}",
                        HttpMethod.GET,
                        null,
                        new ParameterizedTypeReference<Map<String, String>>() {},
                        cluster,
                        testData.openYear().toString());
    }
}
