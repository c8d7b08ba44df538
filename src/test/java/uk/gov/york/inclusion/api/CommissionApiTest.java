package uk.gov.york.inclusion.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.york.inclusion.commissioning.CommissioningScenario;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** Checks what {@code GET /api/commissions} shows a lead about their requests' money and decisions. */
@IntegrationTest
class CommissionApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningScenario scenario;

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    @Test
    void leadReadsWhyRequestWasRejected() throws Exception {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));
        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "reject", "reviewComment", "The <b>LA</b> already funds this."));

        mvc.perform(get("/api/commissions?cluster=east")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("REJECTED"))
                .andExpect(jsonPath("$[0].decisions[0].outcome").value("REJECT"))
                .andExpect(jsonPath("$[0].decisions[0].reviewer").value("officer"))
                .andExpect(jsonPath("$[0].decisions[0].comment").value("The <b>LA</b> already funds this."));
    }

    @Test
    void commissionShowsCommittedAndSpent() throws Exception {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(2500));
        scenario.approve("officer", instance);
        scenario.complete(
                "finance",
                instance,
                "Task_RecordSpend",
                Map.of(
                        "spendAction",
                        "invoice",
                        "invoiceReference",
                        "INV-77",
                        "invoiceAmount",
                        1000.1,
                        "invoiceDate",
                        testData.today().toString()));

        mvc.perform(get("/api/commissions?cluster=east")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].amount").value("2500.00"))
                .andExpect(jsonPath("$[0].committed").value("1499.90"))
                .andExpect(jsonPath("$[0].spent").value("1000.10"));
    }
}
