package uk.gov.york.inclusion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** The audit trail records each business action of a request's life, and only auditors read it. */
@IntegrationTest
class AuditApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CommissioningFlow flow;

    @Autowired
    private PrioritiesScenario plans;

    @Autowired
    private TestData testData;

    @Autowired
    private ObjectMapper json;

    @LocalServerPort
    private int port;

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    @Test
    void requestLifeIsRecordedInOrder() throws Exception {
        String reference = commissionedAndClosed();

        List<String> actions = new ArrayList<>();
        trail(reference).forEach(event -> actions.add(event.path("action").asText()));

        assertThat(actions)
                .containsExactly(
                        "request submitted",
                        "request returned",
                        "request amended",
                        "request approved",
                        "funds committed",
                        "spend recorded",
                        "funds released",
                        "commission closed");
    }

    @Test
    void amendmentKeepsBeforeAndAfter() throws Exception {
        String reference = commissionedAndClosed();

        JsonNode amended = event(reference, "request amended");

        assertThat(amended.path("actor").asText()).isEqualTo("lead-east");
        assertThat(amended.path("before").asText()).contains("£3,000.00");
        assertThat(amended.path("after").asText()).contains("£2,500.00");
    }

    @Test
    void decisionKeepsReviewerAndComment() throws Exception {
        String reference = commissionedAndClosed();

        JsonNode returned = event(reference, "request returned");

        assertThat(returned.path("actor").asText()).isEqualTo("officer");
        assertThat(returned.path("detail").asText()).isEqualTo("as inclusion-officers: =Trim it to £2,500.");
        assertThat(returned.path("cluster").asText()).isEqualTo("east");
    }

    @Test
    void pathNamesTheProductApi() throws Exception {
        String year = testData.openYear().toString();
        mvc.perform(put("/api/clusters/east/budget?year=" + year)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allocation\": \"120000.00\"}"))
                .andExpect(status().isOk());

        JsonNode change = event("east/" + year, "allocation changed");

        assertThat(change.path("path").asText()).isEqualTo("api");
        assertThat(change.path("before").asText()).isEqualTo("£100,000.00");
        assertThat(change.path("after").asText()).isEqualTo("£120,000.00");
    }

    @Test
    void pathNamesTheEngineRestApi() throws Exception {
        HttpResponse<String> started = submitThroughEngineRest();
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        String reference = "COM-EAST-" + testData.openYear() + "-001";

        assertThat(event(reference, "request submitted").path("path").asText()).isEqualTo("engine-rest");
    }

    @Test
    void withdrawalIsRecorded() throws Exception {
        String id = flow.submit("east", "tang-hall", "3000.00").getId();
        String reference = flow.reference(id);
        flow.returnToLead("officer", id, "Please add the timetable.");
        flow.completeTask("lead-east", id, "Task_AmendRequest", Map.of("amendAction", "withdraw"));

        JsonNode withdrawn = event(reference, "request withdrawn");

        assertThat(withdrawn.path("actor").asText()).isEqualTo("lead-east");
    }

    @Test
    void schoolMoveKeepsBothClusters() throws Exception {
        mvc.perform(post("/api/schools/carr-infants/transfer")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cluster\": \"west\", \"reason\": \"Feeds Carr Junior.\"}"))
                .andExpect(status().isOk());

        JsonNode moved = event("carr-infants", "school moved");

        assertThat(moved.path("before").asText()).isEqualTo("southbank");
        assertThat(moved.path("after").asText()).isEqualTo("west");
        assertThat(moved.path("detail").asText()).isEqualTo("Feeds Carr Junior.");
    }

    @Test
    void progressReadingIsRecorded() throws Exception {
        String plan = plans.approveEastPlan(1).getBusinessKey();
        mvc.perform(post("/api/clusters/east/priorities/1/progress?year=" + testData.openYear())
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"19\", \"note\": \"Autumn term\"}"))
                .andExpect(status().isOk());

        JsonNode reading = event(plan, "progress recorded");

        assertThat(reading.path("actor").asText()).isEqualTo("lead-east");
        assertThat(reading.path("detail").asText()).isEqualTo("priority 1: 19 (Autumn term)");
    }

    @Test
    void refusedActionLeavesNoRecord() throws Exception {
        try {
            flow.submit("east", "tang-hall", "100000.01");
        } catch (RuntimeException expected) {
            // The amount is above the cluster's whole allocation.
        }

        assertThat(trail("COM-EAST-" + testData.openYear() + "-001")).isEmpty();
    }

    @Test
    void csvGuardsTypedFormulas() throws Exception {
        String reference = commissionedAndClosed();

        String body = mvc.perform(get("/api/audit.csv?request=" + reference)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("director")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();

        assertThat(rows).hasSize(8);
        assertThat(rows.get(1).get("detail")).isEqualTo("as inclusion-officers: =Trim it to £2,500.");
        assertThat(rows.get(1).get("actor")).isEqualTo("officer");
    }

    @Test
    void clusterLeadIsForbidden() throws Exception {
        mvc.perform(get("/api/audit?request=COM-EAST-2027-28-001")
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east")))
                .andExpect(status().isForbidden());
    }

    @Test
    void missingRequestIsNamed() throws Exception {
        mvc.perform(get("/api/audit").header(HttpHeaders.AUTHORIZATION, Credentials.basic("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("request"));
    }

    /** Submits, returns, amends, approves, invoices and closes one East request; returns its reference. */
    private String commissionedAndClosed() {
        ProcessInstance instance = flow.submit("east", "tang-hall", "3000.00");
        String id = instance.getId();
        String reference = flow.reference(id);
        flow.returnToLead("officer", id, "=Trim it to £2,500.");
        Map<String, Object> amended = new HashMap<>();
        amended.put("amendAction", "resubmit");
        amended.put("clusterCode", "east");
        amended.put("category", "semh-outreach");
        amended.put("provider", "York SEMH Outreach Team");
        amended.put("description", "Weekly outreach sessions for pupils at risk of exclusion.");
        amended.put("schools", "tang-hall");
        amended.put("startDate", testData.dayInOpenYear(10).toString());
        amended.put("endDate", testData.dayInOpenYear(100).toString());
        amended.put("amount", "2500.00");
        amended.put("priority", "none");
        amended.put("noPriorityReason", "The cluster's plan for the year is still being agreed.");
        flow.completeTask("lead-east", id, "Task_AmendRequest", amended);
        flow.approve("officer", id);
        flow.recordInvoice(id, "INV-77", "1000.00", testData.today());
        flow.completeTask("finance", id, "Task_RecordSpend", Map.of("spendAction", "close"));
        return reference;
    }

    private JsonNode trail(String reference) throws Exception {
        String body = mvc.perform(get("/api/audit?request=" + reference)
                        .header(HttpHeaders.AUTHORIZATION, Credentials.basic("finance")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private JsonNode event(String reference, String action) throws Exception {
        for (JsonNode event : trail(reference)) {
            if (action.equals(event.path("action").asText())) {
                return event;
            }
        }
        throw new AssertionError("No '" + action + "' in the audit trail of " + reference);
    }

    private HttpResponse<String> submitThroughEngineRest() throws IOException, InterruptedException {
        String variables =
                """
                {"variables": {
                  "clusterCode": {"value": "east"},
                  "category": {"value": "training"},
                  "provider": {"value": "Trauma-informed practice trainers"},
                  "description": {"value": "Two twilight sessions for all staff"},
                  "schools": {"value": "[\\"tang-hall\\"]", "type": "Json"},
                  "startDate": {"value": "%s"},
                  "endDate": {"value": "%s"},
                  "amount": {"value": "800.00"},
                  "priority": {"value": "none"},
                  "noPriorityReason": {"value": "Plan still being agreed"}
                }}"""
                        .formatted(testData.dayInOpenYear(5), testData.dayInOpenYear(6));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/engine-rest/process-definition/key/outreach-commissioning/submit-form"))
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic("lead-east"))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(variables))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
