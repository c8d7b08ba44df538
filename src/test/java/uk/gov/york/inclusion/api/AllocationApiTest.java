package uk.gov.york.inclusion.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** Setting a cluster's allocation for a year through {@code PUT /api/clusters/{code}/budget}. */
@IntegrationTest
class AllocationApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    private String year;

    @BeforeEach
    void resetData() {
        testData.reset();
        year = testData.openYear().toString();
    }

    @Test
    void financeSetsAllocation() throws Exception {
        putAllocation("finance", "east", "{\"allocation\": \"85000.00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allocation").value("85000.00"));
    }

    @Test
    void setAllocationIsReadBack() throws Exception {
        putAllocation("finance", "east", "{\"allocation\": 85000.5}");

        allocationOf("east").andExpect(jsonPath("$.allocation").value("85000.50"));
    }

    @Test
    void administratorSetsAllocation() throws Exception {
        putAllocation("admin", "east", "{\"allocation\": \"90000\"}").andExpect(status().isOk());
    }

    @Test
    void leadIsForbidden() throws Exception {
        putAllocation("lead-east", "east", "{\"allocation\": \"250000.00\"}").andExpect(status().isForbidden());
    }

    @Test
    void forbiddenChangeKeepsAllocation() throws Exception {
        putAllocation("lead-east", "east", "{\"allocation\": \"250000.00\"}");

        allocationOf("east").andExpect(jsonPath("$.allocation").value("100000.00"));
    }

    @Test
    void officerIsForbidden() throws Exception {
        putAllocation("officer", "east", "{\"allocation\": \"250000.00\"}").andExpect(status().isForbidden());
    }

    @Test
    void rejectsAllocationBelowCommitted() throws Exception {
        commitEastRequest("6000.00");

        putAllocation("finance", "east", "{\"allocation\": \"5999.99\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("allocation"));
    }

    @Test
    void rejectedAllocationKeepsOldAllocation() throws Exception {
        commitEastRequest("6000.00");

        putAllocation("finance", "east", "{\"allocation\": \"5999.99\"}");

        allocationOf("east").andExpect(jsonPath("$.allocation").value("100000.00"));
    }

    @Test
    void acceptsAllocationEqualToCommitted() throws Exception {
        commitEastRequest("6000.00");

        putAllocation("finance", "east", "{\"allocation\": \"6000.00\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value("0.00"));
    }

    @Test
    void rejectsPlainTextBody() throws Exception {
        mvc.perform(put("/api/clusters/east/budget?year=" + year)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("{\"allocation\": \"1.00\"}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void rejectsFormBody() throws Exception {
        mvc.perform(put("/api/clusters/east/budget?year=" + year)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("allocation=1.00"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void rejectedContentKeepsAllocation() throws Exception {
        mvc.perform(put("/api/clusters/east/budget?year=" + year)
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("allocation=1.00"));

        allocationOf("east").andExpect(jsonPath("$.allocation").value("100000.00"));
    }

    @Test
    void rejectsThreeDecimals() throws Exception {
        putAllocation("finance", "east", "{\"allocation\": 1000.005}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("allocation"));
    }

    @Test
    void rejectsMissingAllocation() throws Exception {
        putAllocation("finance", "east", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("allocation"));
    }

    @Test
    void rejectsHugeExponent() throws Exception {
        putAllocation("finance", "east", "{\"allocation\": \"1e999999999\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("allocation"));
    }

    @Test
    void rejectsUnknownCluster() throws Exception {
        putAllocation("finance", "nowhere", "{\"allocation\": \"1000.00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cluster"));
    }

    @Test
    void rejectsInvalidYear() throws Exception {
        mvc.perform(put("/api/clusters/east/budget?year=2025-27")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allocation\": \"1000.00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void rejectsNegativeAllocation() throws Exception {
        putAllocation("finance", "east", "{\"allocation\": \"-1.00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("allocation"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("is negative")));
    }

    @Test
    void rejectsYearThatHasEnded() throws Exception {
        mvc.perform(put("/api/clusters/east/budget?year=2019-20")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allocation\": \"1000.00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("has ended")));
    }

    @Test
    void missingYearNamesTheParameter() throws Exception {
        mvc.perform(put("/api/clusters/east/budget")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allocation\": \"1000.00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void missingBodyIsNamed() throws Exception {
        putAllocation("finance", "east", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
    }

    private void commitEastRequest(String amount) {
        String processInstanceId = flow.submit("east", "tang-hall", amount).getId();
        flow.approve("officer", processInstanceId);
    }

    private ResultActions putAllocation(String userId, String clusterCode, String json) throws Exception {
        return mvc.perform(put("/api/clusters/" + clusterCode + "/budget?year=" + year)
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic(userId))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions allocationOf(String clusterCode) throws Exception {
        return mvc.perform(get("/api/clusters/" + clusterCode + "/budget?year=" + year)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance")))
                .andExpect(status().isOk());
    }
}
