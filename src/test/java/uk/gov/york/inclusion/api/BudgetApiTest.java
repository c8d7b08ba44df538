package uk.gov.york.inclusion.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isA;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** The budget position and ledger of a cluster after one request of £6,000.50 was approved and committed. */
@IntegrationTest
class BudgetApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    private String year;
    private String reference;

    @BeforeEach
    void commitOneRequest() {
        testData.reset();
        year = testData.openYear().toString();
        String processInstanceId =
                flow.submit("east", "tang-hall,osbaldwick", "6000.5").getId();
        flow.approve("officer", processInstanceId);
        reference = flow.reference(processInstanceId);
    }

    @Test
    void allocationIsStringWithTwoDecimals() throws Exception {
        budget().andExpect(jsonPath("$.allocation", isA(String.class)))
                .andExpect(jsonPath("$.allocation").value("100000.00"));
    }

    @Test
    void committedIsStringWithTwoDecimals() throws Exception {
        budget().andExpect(jsonPath("$.committed", isA(String.class)))
                .andExpect(jsonPath("$.committed").value("6000.50"));
    }

    @Test
    void spentIsStringWithTwoDecimals() throws Exception {
        budget().andExpect(jsonPath("$.spent", isA(String.class)))
                .andExpect(jsonPath("$.spent").value("0.00"));
    }

    @Test
    void availableIsAllocationLessCommitted() throws Exception {
        budget().andExpect(jsonPath("$.available", isA(String.class)))
                .andExpect(jsonPath("$.available").value("93999.50"));
    }

    @Test
    void budgetNamesFinancialYear() throws Exception {
        budget().andExpect(jsonPath("$.financialYear").value(year));
    }

    @Test
    void otherClusterBudgetIsUntouched() throws Exception {
        mvc.perform(get("/api/clusters/west/budget?year=" + year)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("officer")))
                .andExpect(jsonPath("$.available").value("100000.00"));
    }

    @Test
    void ledgerHasOneCommitment() throws Exception {
        ledger().andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].kind").value("COMMITMENT"));
    }

    @Test
    void ledgerEntryNamesRequestAndApprover() throws Exception {
        ledger().andExpect(jsonPath("$[0].requestReference").value(reference))
                .andExpect(jsonPath("$[0].recordedBy").value("officer"));
    }

    @Test
    void ledgerAmountIsStringWithTwoDecimals() throws Exception {
        ledger().andExpect(jsonPath("$[0].amount", isA(String.class)))
                .andExpect(jsonPath("$[0].amount").value("6000.50"));
    }

    @Test
    void currentYearIsDefault() throws Exception {
        mvc.perform(get("/api/clusters/east/budget").header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialYear")
                        .value(new FinancialYear(testData.openYear().startYear() - 1).toString()));
    }

    private ResultActions budget() throws Exception {
        return mvc.perform(get("/api/clusters/east/budget?year=" + year)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isOk());
    }

    private ResultActions ledger() throws Exception {
        return mvc.perform(get("/api/clusters/east/ledger?year=" + year)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isOk());
    }
}
