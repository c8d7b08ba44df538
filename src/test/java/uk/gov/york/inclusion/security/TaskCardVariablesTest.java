package uk.gov.york.inclusion.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.york.inclusion.commissioning.CommissioningScenario;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Checks the variables Tasklist puts on task cards: the filter list embeds them only for users allowed to read the
 * process instance, so officers see every request's and a lead only their own cluster's.
 */
@IntegrationTest
class TaskCardVariablesTest {

    @LocalServerPort
    private int port;

    @Autowired
    private CommissioningScenario scenario;

    @Autowired
    private TestData testData;

    @Autowired
    private FilterService filterService;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    @Test
    void officerCardShowsReference() throws Exception {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(2500));

        List<String> references = embeddedValues("officer", "Awaiting my review", "reference");

        assertThat(references).containsExactly(instance.getBusinessKey());
    }

    @Test
    void leadCardShowsOwnRequestOnly() throws Exception {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(2500));
        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "return", "reviewComment", "Add the timetable."));

        List<String> eastCards = embeddedValues("lead-east", "My cluster's requests", "amountDisplay");
        List<String> westCards = embeddedValues("lead-west", "My cluster's requests", "amountDisplay");

        assertThat(eastCards).containsExactly("£2,500.00");
        assertThat(westCards).isEmpty();
    }

    private List<String> embeddedValues(String userId, String filterName, String variable) throws Exception {
        String filterId = filterService
                .createFilterQuery()
                .filterName(filterName)
                .singleResult()
                .getId();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/engine-rest/filter/" + filterId + "/list"))
                .header("Authorization", Credentials.basic(userId))
                .header("Accept", "application/hal+json")
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        List<String> values = new ArrayList<>();
        JsonNode tasks =
                new ObjectMapper().readTree(response.body()).path("_embedded").path("task");
        for (JsonNode task : tasks) {
            for (JsonNode value : task.path("_embedded").path("variable")) {
                if (variable.equals(value.path("name").asText())) {
                    values.add(value.path("value").asText());
                }
            }
        }
        return values;
    }
}
