package uk.gov.york.inclusion.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** The capital fund and rounds API: who may set and open them, and what each user reads. */
@IntegrationTest
class CapitalApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    private String year;

    @BeforeEach
    void reset() {
        testData.reset();
        year = testData.openYear().toString();
    }

    @Test
    void administratorSetsFundAndEveryoneReadsIt() throws Exception {
        setFund("admin", "{\"allocation\": \"250000.00\"}").andExpect(status().isOk());

        mvc.perform(get("/api/capital/funds").param("year", year).header(HttpHeaders.AUTHORIZATION, basic("lead-east")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialYear").value(year))
                .andExpect(jsonPath("$.allocation").value("250000.00"))
                .andExpect(jsonPath("$.awarded").value("0.00"))
                .andExpect(jsonPath("$.spent").value("0.00"))
                .andExpect(jsonPath("$.available").value("250000.00"));
    }

    @Test
    void onlyAdministratorSetsFund() throws Exception {
        setFund("finance", "{\"allocation\": \"250000.00\"}").andExpect(status().isForbidden());
        setFund("lead-east", "{\"allocation\": \"250000.00\"}").andExpect(status().isForbidden());
    }

    @Test
    void negativeFundIsRejected() throws Exception {
        setFund("admin", "{\"allocation\": \"-1.00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("allocation"));
    }

    @Test
    void roundNeedsFundAndNoOpenRound() throws Exception {
        String closesOn = testData.today().plusDays(20).toString();
        String body = "{\"financialYear\": \"" + year + "\", \"closesOn\": \"" + closesOn + "\"}";

        openRound("admin", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message")
                        .value("No capital fund is set for " + year
                                + ": set the fund's amount before opening a round."));
        setFund("admin", "{\"allocation\": \"250000.00\"}").andExpect(status().isOk());
        openRound("lead-east", body).andExpect(status().isForbidden());

        openRound("admin", body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.label").value(year + " round 1"))
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.closesOn").value(closesOn));
        openRound("admin", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("closesOn"));
    }

    @Test
    void unknownRoundIsNotFound() throws Exception {
        mvc.perform(get("/api/capital/rounds/999999").header(HttpHeaders.AUTHORIZATION, basic("officer")))
                .andExpect(status().isNotFound());
    }

    private ResultActions setFund(String user, String body) throws Exception {
        return mvc.perform(put("/api/capital/funds")
                .param("year", year)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header(HttpHeaders.AUTHORIZATION, basic(user)));
    }

    private ResultActions openRound(String user, String body) throws Exception {
        return mvc.perform(post("/api/capital/rounds")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header(HttpHeaders.AUTHORIZATION, basic(user)));
    }

    private static String basic(String user) {
        return Credentials.basic(user);
    }
}
