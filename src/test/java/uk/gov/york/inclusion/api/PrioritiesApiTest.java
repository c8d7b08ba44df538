package uk.gov.york.inclusion.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** The East cluster's approved priority plan, after one headteacher agreed and the other commented. */
@IntegrationTest
class PrioritiesApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private PrioritiesScenario scenario;

    @Autowired
    private CommissioningFlow flow;

    private String year;
    private String reference;

    @BeforeEach
    void approvePlan() {
        testData.reset();
        year = testData.openYear().toString();
        ProcessInstance instance = scenario.start("lead-east", scenario.eastPlan(2));
        reference = instance.getBusinessKey();
        scenario.agree("head-east-1", instance);
        scenario.complete(
                "head-east-2",
                instance,
                "Task_AgreePriorities",
                Map.of("agreement", "comment", "agreementComment", "Fine, with more on transitions."));
        scenario.complete("officer", instance, "Task_ReviewPlan", Map.of("planDecision", "approve"));
    }

    @Test
    void leadSeesApprovedPlan() throws Exception {
        priorities("lead-east", "east")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.financialYear").value(year))
                .andExpect(jsonPath("$.approvedBy").value("officer"));
    }

    @Test
    void prioritiesHaveBaselineAndTarget() throws Exception {
        priorities("officer", "east")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priorities.length()").value(2))
                .andExpect(jsonPath("$.priorities[0].area").value("attendance"))
                .andExpect(jsonPath("$.priorities[0].baseline").value("21"))
                .andExpect(jsonPath("$.priorities[0].target").value("17.5"));
    }

    @Test
    void agreementRecordsEachHeadteacher() throws Exception {
        priorities("head-east-1", "east")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreement[0].headteacher").value("head-east-1"))
                .andExpect(jsonPath("$.agreement[0].outcome").value("AGREED"))
                .andExpect(jsonPath("$.agreement[1].outcome").value("COMMENTED"))
                .andExpect(jsonPath("$.agreement[1].comment").value("Fine, with more on transitions."));
    }

    @Test
    void moneyIsShownAgainstEachPriority() throws Exception {
        ProcessInstance commissioned = flow.submit("east", "tang-hall", "3000.00", year + "/1");
        flow.approve("officer", commissioned.getId());
        flow.recordInvoice(commissioned.getId(), "INV-301", "1000.00", testData.today());
        // Submitted but not yet approved, so it has committed nothing.
        flow.submit("east", "heworth", "500.00", year + "/1");

        priorities("officer", "east")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priorities[0].committed").value("2000.00"))
                .andExpect(jsonPath("$.priorities[0].spent").value("1000.00"))
                .andExpect(jsonPath("$.priorities[1].committed").value("0.00"))
                .andExpect(jsonPath("$.priorities[1].spent").value("0.00"));
    }

    @Test
    void otherClusterHeadteacherIsForbidden() throws Exception {
        priorities("head-west-1", "east").andExpect(status().isForbidden());
    }

    @Test
    void otherClusterLeadIsForbidden() throws Exception {
        priorities("lead-west", "east").andExpect(status().isForbidden());
    }

    @Test
    void clusterWithoutPlanIsNotFound() throws Exception {
        priorities("officer", "west").andExpect(status().isNotFound());
    }

    @Test
    void malformedYearIsBadRequest() throws Exception {
        mvc.perform(get("/api/clusters/east/priorities?year=2026-28")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("officer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void leadRecordsProgressShownAsLatest() throws Exception {
        recordProgress("lead-east", 1, "{\"value\": \"19.5\", \"note\": \"Autumn term\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("19.5"));

        priorities("head-east-1", "east")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priorities[0].baseline").value("21"))
                .andExpect(jsonPath("$.priorities[0].target").value("17.5"))
                .andExpect(jsonPath("$.priorities[0].latest.value").value("19.5"))
                .andExpect(jsonPath("$.priorities[0].latest.note").value("Autumn term"))
                .andExpect(jsonPath("$.priorities[0].latest.recordedBy").value("lead-east"));
    }

    @Test
    void laterReadingReplacesLatest() throws Exception {
        recordProgress("lead-east", 1, "{\"value\": \"19.5\"}");
        recordProgress("lead-east", 1, "{\"value\": \"18.75\"}");

        priorities("lead-east", "east")
                .andExpect(jsonPath("$.priorities[0].latest.value").value("18.75"));
    }

    @Test
    void progressOfAnotherClusterIsForbidden() throws Exception {
        recordProgress("lead-west", 1, "{\"value\": \"19.5\"}").andExpect(status().isForbidden());
        recordProgress("officer", 1, "{\"value\": \"19.5\"}").andExpect(status().isForbidden());
    }

    @Test
    void nonNumericProgressIsRejected() throws Exception {
        recordProgress("lead-east", 1, "{\"value\": \"better\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("value"));
    }

    @Test
    void progressOnUnknownPriorityIsRejected() throws Exception {
        recordProgress("lead-east", 5, "{\"value\": \"10\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("position"));
    }

    private ResultActions recordProgress(String user, int position, String json) throws Exception {
        return mvc.perform(post("/api/clusters/east/priorities/" + position + "/progress?year=" + year)
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions priorities(String user, String cluster) throws Exception {
        return mvc.perform(get("/api/clusters/" + cluster + "/priorities?year=" + year)
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic(user)));
    }
}
