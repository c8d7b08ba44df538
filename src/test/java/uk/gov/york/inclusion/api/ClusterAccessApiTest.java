package uk.gov.york.inclusion.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** Who may read which cluster's budget, ledger and requests through the product's API. */
@IntegrationTest
class ClusterAccessApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    private String year;
    private String eastReference;
    private String westReference;

    @BeforeEach
    void oneRequestInEastAndWest() {
        testData.reset();
        year = testData.openYear().toString();
        eastReference =
                flow.reference(flow.submit("east", "tang-hall", "1500.00").getId());
        westReference =
                flow.reference(flow.submit("west", "carr-junior", "2500.00").getId());
    }

    @Test
    void listsSixClusters() throws Exception {
        getAs("lead-east", "/api/clusters").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(6)));
    }

    @Test
    void listsSixtyThreeSchools() throws Exception {
        getAs("lead-east", "/api/clusters").andExpect(jsonPath("$[*].schools[*]", hasSize(63)));
    }

    @Test
    void listsClusterCodes() throws Exception {
        getAs("lead-east", "/api/clusters")
                .andExpect(jsonPath(
                        "$[*].code",
                        containsInAnyOrder("east", "north", "north-east", "south-york", "southbank", "west")));
    }

    @Test
    void leadSeesOwnBudget() throws Exception {
        getAs("lead-east", "/api/clusters/east/budget?year=" + year)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cluster").value("east"));
    }

    @Test
    void leadSeesOwnLedger() throws Exception {
        getAs("lead-east", "/api/clusters/east/ledger?year=" + year).andExpect(status().isOk());
    }

    @Test
    void leadIsForbiddenOtherClusterBudget() throws Exception {
        getAs("lead-east", "/api/clusters/west/budget?year=" + year)
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(Matchers.containsString("allocation"))));
    }

    @Test
    void leadIsForbiddenOtherClusterLedger() throws Exception {
        getAs("lead-east", "/api/clusters/west/ledger?year=" + year).andExpect(status().isForbidden());
    }

    @Test
    void leadIsForbiddenOtherClusterLedgerCsv() throws Exception {
        getAs("lead-east", "/api/clusters/west/ledger.csv?year=" + year)
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(Matchers.containsString("request_reference"))));
    }

    @Test
    void leadIsForbiddenOtherClusterCommissions() throws Exception {
        getAs("lead-east", "/api/commissions?cluster=west")
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(Matchers.containsString(westReference))));
    }

    @Test
    void leadListsOnlyOwnClusterCommissions() throws Exception {
        getAs("lead-east", "/api/commissions").andExpect(jsonPath("$[*].reference", containsInAnyOrder(eastReference)));
    }

    @Test
    void officerSeesOtherClusterBudget() throws Exception {
        getAs("officer", "/api/clusters/west/budget?year=" + year)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cluster").value("west"));
    }

    @Test
    void officerSeesOtherClusterLedger() throws Exception {
        getAs("officer", "/api/clusters/west/ledger?year=" + year).andExpect(status().isOk());
    }

    @Test
    void officerSeesOtherClusterLedgerCsv() throws Exception {
        getAs("officer", "/api/clusters/west/ledger.csv?year=" + year).andExpect(status().isOk());
    }

    @Test
    void officerListsEveryClusterCommissions() throws Exception {
        getAs("officer", "/api/commissions")
                .andExpect(jsonPath("$[*].reference", containsInAnyOrder(eastReference, westReference)));
    }

    @Test
    void officerFiltersCommissionsByCluster() throws Exception {
        getAs("officer", "/api/commissions?cluster=west")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference", containsInAnyOrder(westReference)));
    }

    @Test
    void financeSeesOtherClusterBudget() throws Exception {
        getAs("finance", "/api/clusters/west/budget?year=" + year).andExpect(status().isOk());
    }

    @Test
    void unknownClusterBudgetIsBadRequest() throws Exception {
        getAs("officer", "/api/clusters/nowhere/budget")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cluster"));
    }

    @Test
    void unknownClusterCommissionsIsBadRequest() throws Exception {
        getAs("officer", "/api/commissions?cluster=nowhere")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cluster"));
    }

    @Test
    void invalidYearIsBadRequest() throws Exception {
        getAs("lead-east", "/api/clusters/east/budget?year=2025-27")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void unknownStatusIsBadRequest() throws Exception {
        getAs("officer", "/api/commissions?status=lost")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
    }

    private ResultActions getAs(String userId, String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, Credentials.basic(userId)));
    }
}
