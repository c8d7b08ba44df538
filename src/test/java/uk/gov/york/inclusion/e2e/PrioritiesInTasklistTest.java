package uk.gov.york.inclusion.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.io.IOException;
import java.util.List;
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
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Drives the cluster-priorities forms in the real Camunda Tasklist in headless Chromium: a cluster lead drafts a plan
 * through the start form, both East headteachers agree and an inclusion officer approves, then the priorities API
 * shows the approved plan.
 *
 * <p>{@link TasklistBrowser} skips the test without the system's Chromium and chromedriver, except on CI. On failure
 * the screenshot and page source are written to {@code target/e2e/}.
 */
@IntegrationTest
class PrioritiesInTasklistTest {

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private TestData testData;

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
    void planDraftedAgreedAndApprovedInTasklist() {
        String year = testData.openYear().toString();

        browser.signIn("lead-east");
        browser.openStartForm("Cluster priorities", "clusterCode-display");
        browser.chooseOption("clusterCode", "East");
        browser.type("financialYear", year);
        browser.type("priorityCount", "1");
        assertThat(browser.isFieldShown("priority2Area-display"))
                .as("priority 2 shown for one priority")
                .isFalse();
        browser.chooseOption("priority1Area", "Attendance");
        browser.type("priority1Evidence", "Persistent absence is 21% against 17% across York.");
        browser.type("priority1Actions", "A weekly attendance panel in every school.");
        browser.type("priority1Measure", "Persistent absence rate (%)");
        browser.clickInView(browser.field("priority1Numeric"));
        browser.type("priority1Baseline", "21");
        browser.type("priority1Target", "17.5");
        browser.type("priority1Focus", "Family work with persistently absent pupils.");
        browser.clickFormHeading(".modal-body h2");
        assertThat(browser.fieldValue("priority1Measure")).isEqualTo("Persistent absence rate (%)");
        assertThat(browser.fieldValue("priority1Target")).isEqualTo("17.5");

        assertThat(browser.submitStartForm()).contains("The process has been started.");
        browser.signOut();

        for (String headteacher : List.of("head-east-1", "head-east-2")) {
            browser.signIn(headteacher);
            // Each headteacher's task is assigned to them, so it needs no claim.
            browser.openTask("Agree cluster priorities");
            assertThat(browser.fieldValue("reference")).isEqualTo("PRI-EAST-" + year + "-1");
            assertThat(browser.fieldValue("priority1Baseline")).isEqualTo("21");
            browser.clickRadioOption("I agree");
            browser.completeTask();
            browser.signOut();
        }

        browser.signIn("officer");
        browser.openTask("Review cluster priorities");
        browser.claimTask();
        assertThat(browser.fieldValue("agreedBy")).contains("head-east-1");
        assertThat(browser.fieldValue("agreedBy")).contains("head-east-2");
        assertThat(browser.fieldValue("draftedBy")).isEqualTo("lead-east");
        browser.clickRadioOption("Approve");
        browser.completeTask();

        ResponseEntity<Map<String, Object>> plan = prioritiesOf("east", year);
        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(plan.getBody()).containsEntry("reference", "PRI-EAST-" + year + "-1");
        assertThat(plan.getBody()).containsEntry("approvedBy", "officer");
        assertThat(plan.getBody()).containsEntry("draftedBy", "lead-east");
        assertThat(plan.getBody().get("priorities")).asInstanceOf(LIST).hasSize(1);
        assertThat(plan.getBody().get("priorities"))
                .asInstanceOf(LIST)
                .first()
                .asInstanceOf(MAP)
                .containsEntry("area", "attendance")
                .containsEntry("baseline", "21")
                .containsEntry("target", "17.5");
    }

    private ResponseEntity<Map<String, Object>> prioritiesOf(String cluster, String year) {
        return rest.withBasicAuth("officer", TasklistBrowser.PASSWORD)
                .exchange(
                        "/api/clusters/{cluster}/priorities?year={year}",
                        HttpMethod.GET,
                        null,
                        new ParameterizedTypeReference<Map<String, Object>>() {},
                        cluster,
                        year);
    }
}
