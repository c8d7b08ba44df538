package uk.gov.york.inclusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.cluster.SchoolTransfer;
import uk.gov.york.inclusion.cluster.Schools;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Moving a school between clusters. The seed lists Carr Infants under Southbank, and an administrator moves it to
 * West.
 */
@IntegrationTest
class SchoolTransferApiTest {

    private static final String MOVE_TO_WEST =
            "{\"cluster\": \"west\", \"reason\": \"Carr Infants feeds Carr Junior in the West cluster.\"}";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    @Autowired
    private ClusterDirectory directory;

    @Autowired
    private Schools schools;

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    @Test
    void administratorMovesSchool() throws Exception {
        transfer("admin", "carr-infants", MOVE_TO_WEST)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromCluster").value("southbank"))
                .andExpect(jsonPath("$.toCluster").value("west"));
    }

    @Test
    void movedSchoolIsListedUnderNewCluster() throws Exception {
        transfer("admin", "carr-infants", MOVE_TO_WEST);

        clusters().andExpect(jsonPath("$[?(@.code == 'west')].schools[*].code", hasItem("carr-infants")));
    }

    @Test
    void movedSchoolLeavesOldCluster() throws Exception {
        transfer("admin", "carr-infants", MOVE_TO_WEST);

        clusters().andExpect(jsonPath("$[?(@.code == 'southbank')].schools[*].code", not(hasItem("carr-infants"))));
    }

    @Test
    void moveKeepsTransferRecord() throws Exception {
        transfer("admin", "carr-infants", MOVE_TO_WEST);

        List<SchoolTransfer> transfers =
                directory.transfersOf(schools.findByCode("carr-infants").orElseThrow());
        assertThat(transfers).hasSize(1);
        assertThat(transfers.get(0).getFromCluster().getCode()).isEqualTo("southbank");
        assertThat(transfers.get(0).getToCluster().getCode()).isEqualTo("west");
        assertThat(transfers.get(0).getTransferredBy()).isEqualTo("admin");
        assertThat(transfers.get(0).getReason()).isEqualTo("Carr Infants feeds Carr Junior in the West cluster.");
    }

    @Test
    void earlierRequestKeepsItsCluster() throws Exception {
        String reference = flow.reference(
                flow.submit("southbank", "carr-infants", "800.00").getId());

        transfer("admin", "carr-infants", MOVE_TO_WEST);

        mvc.perform(get("/api/commissions?cluster=southbank")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("officer")))
                .andExpect(jsonPath("$[?(@.reference == '" + reference + "')].schools[*]", hasItem("carr-infants")));
    }

    @Test
    void leadIsForbidden() throws Exception {
        transfer("lead-west", "carr-infants", MOVE_TO_WEST).andExpect(status().isForbidden());
    }

    @Test
    void forbiddenMoveKeepsSchoolInPlace() throws Exception {
        transfer("lead-west", "carr-infants", MOVE_TO_WEST);

        clusters().andExpect(jsonPath("$[?(@.code == 'southbank')].schools[*].code", hasItem("carr-infants")));
    }

    @Test
    void financeIsForbidden() throws Exception {
        transfer("finance", "carr-infants", MOVE_TO_WEST).andExpect(status().isForbidden());
    }

    @Test
    void rejectsUnknownCluster() throws Exception {
        transfer("admin", "carr-infants", "{\"cluster\": \"nowhere\", \"reason\": \"Boundary review\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cluster"));
    }

    @Test
    void rejectsUnknownSchool() throws Exception {
        transfer("admin", "no-such-school", MOVE_TO_WEST)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("school"));
    }

    @Test
    void rejectsMoveToSameCluster() throws Exception {
        transfer("admin", "carr-infants", "{\"cluster\": \"southbank\", \"reason\": \"Boundary review\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cluster"));
    }

    @Test
    void rejectsMissingReason() throws Exception {
        transfer("admin", "carr-infants", "{\"cluster\": \"west\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
    }

    @Test
    void rejectsFormBody() throws Exception {
        mvc.perform(post("/api/schools/carr-infants/transfer")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("cluster=west&reason=Boundary+review"))
                .andExpect(status().isUnsupportedMediaType());
    }

    private ResultActions transfer(String userId, String schoolCode, String json) throws Exception {
        return mvc.perform(post("/api/schools/" + schoolCode + "/transfer")
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic(userId))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions clusters() throws Exception {
        return mvc.perform(get("/api/clusters").header(HttpHeaders.AUTHORIZATION, Credentials.basic("officer")))
                .andExpect(status().isOk());
    }
}
