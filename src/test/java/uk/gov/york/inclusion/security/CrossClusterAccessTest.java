package uk.gov.york.inclusion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import uk.gov.york.inclusion.commissioning.CommissioningRequests;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.Credentials;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.support.WebappSession;

/**
 * Every way in, tried by people of another cluster or another role against an East request waiting for an inclusion
 * officer's review: each is refused or gets nothing back, and afterwards the request and its task are as they were.
 */
@IntegrationTest
class CrossClusterAccessTest {

    @LocalServerPort
    private int port;

    @Autowired
    private CommissioningFlow flow;

    @Autowired
    private TestData testData;

    @Autowired
    private TaskService taskService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private CommissioningRequests requests;

    @Autowired
    private PrioritiesScenario plans;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String instanceId;
    private String taskId;
    private String reference;

    @BeforeEach
    void eastRequestAwaitingReview() {
        testData.reset();
        ProcessInstance instance = flow.submit("east", "tang-hall", "2500.00");
        instanceId = instance.getId();
        taskId = flow.openTask(instanceId, "Task_ReviewRequest").getId();
        reference = flow.reference(instanceId);
    }

    @Test
    void otherClusterReadsNothingOfTheRequest() throws Exception {
        for (String user : List.of("lead-west", "head-west-1", "head-east-1")) {
            for (String path : List.of(
                    "/engine-rest/task/" + taskId,
                    "/engine-rest/task/" + taskId + "/variables",
                    "/engine-rest/task/" + taskId + "/form-variables",
                    "/engine-rest/task/" + taskId + "/deployed-form",
                    "/engine-rest/process-instance/" + instanceId,
                    "/engine-rest/process-instance/" + instanceId + "/variables")) {
                assertThat(get(user, path).statusCode())
                        .as("%s reading %s", user, path)
                        .isIn(403, 404);
            }
        }
    }

    @Test
    void otherClusterQueriesComeBackEmpty() throws Exception {
        for (String path : List.of(
                "/engine-rest/task?processInstanceId=" + instanceId,
                "/engine-rest/process-instance?processInstanceIds=" + instanceId,
                "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
                "/engine-rest/history/process-instance?processInstanceId=" + instanceId,
                "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
                "/engine-rest/history/task?processInstanceId=" + instanceId)) {
            HttpResponse<String> response = get("lead-west", path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo("[]");
        }
    }

    @Test
    void productApiRefusesOtherCluster() throws Exception {
        String year = testData.openYear().toString();
        for (String path : List.of(
                "/api/commissions?cluster=east",
                "/api/clusters/east/budget?year=" + year,
                "/api/clusters/east/ledger?year=" + year,
                "/api/clusters/east/ledger.csv?year=" + year,
                "/api/audit?request=" + reference)) {
            assertThat(get("lead-west", path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void nobodyOutsideTheGroupTakesTheDecision() throws Exception {
        String approve = "{\"variables\": {\"reviewDecision\": {\"value\": \"approve\"}}}";
        for (String user : List.of("lead-west", "lead-east", "finance", "head-east-1")) {
            assertThat(post(user, "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + user + "\"}")
                            .statusCode())
                    .as("%s claiming", user)
                    .isEqualTo(403);
            assertThat(post(user, "/engine-rest/task/" + taskId + "/complete", approve)
                            .statusCode())
                    .as("%s completing", user)
                    .isEqualTo(403);
            assertThat(post(user, "/engine-rest/task/" + taskId + "/submit-form", approve)
                            .statusCode())
                    .as("%s submitting the form", user)
                    .isEqualTo(403);
        }

        assertUnchanged();
    }

    @Test
    void decisionVariablesCannotBePlanted() throws Exception {
        String approved = "{\"value\": true, \"type\": \"Boolean\"}";
        for (String user : List.of("lead-east", "lead-west")) {
            assertThat(put(user, "/engine-rest/process-instance/" + instanceId + "/variables/approved", approved)
                            .statusCode())
                    .as("%s setting a process variable", user)
                    .isEqualTo(403);
            assertThat(put(user, "/engine-rest/task/" + taskId + "/variables/reviewDecision", approved)
                            .statusCode())
                    .as("%s setting a task variable", user)
                    .isEqualTo(403);
        }

        assertThat(runtimeService.getVariable(instanceId, "approved")).isNull();
        assertUnchanged();
    }

    @Test
    void startFormWithDecisionIsRefused() throws Exception {
        String variables =
                """
                {"variables": {
                  "clusterCode": {"value": "east"}, "category": {"value": "training"},
                  "provider": {"value": "Trainers"}, "description": {"value": "Sessions"},
                  "schools": {"value": "[\\"tang-hall\\"]", "type": "Json"},
                  "startDate": {"value": "%s"}, "endDate": {"value": "%s"}, "amount": {"value": "800.00"},
                  "priority": {"value": "none"}, "noPriorityReason": {"value": "Plan still being agreed"},
                  "approved": {"value": true, "type": "Boolean"}
                }}"""
                        .formatted(testData.dayInOpenYear(5), testData.dayInOpenYear(6));

        HttpResponse<String> response =
                post("lead-east", "/engine-rest/process-definition/key/outreach-commissioning/submit-form", variables);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'approved' cannot be set on a commissioning request");
        assertThat(requests.search(null, null, null)).hasSize(1);
    }

    @Test
    void planAgreementIsOnlyForTheAskedHeadteacher() throws Exception {
        ProcessInstance plan = plans.start("lead-east", plans.eastPlan(1));
        Task agreement = plans.task(plan, "Task_AgreePriorities", "head-east-1");
        String answer = "{\"variables\": {\"agreement\": {\"value\": \"agree\"}}}";

        for (String user : List.of("head-west-1", "lead-west", "head-east-2")) {
            assertThat(post(user, "/engine-rest/task/" + agreement.getId() + "/complete", answer)
                            .statusCode())
                    .as("%s answering for head-east-1", user)
                    .isEqualTo(403);
        }
        assertThat(get("lead-west", "/engine-rest/process-instance/" + plan.getId() + "/variables")
                        .statusCode())
                .isIn(403, 404);
        assertThat(get("lead-west", "/api/clusters/east/priorities").statusCode())
                .isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(agreement.getId()).count())
                .as("agreement task still open")
                .isEqualTo(1);
    }

    @Test
    void cockpitAndAdminAreForAdministratorsOnly() throws Exception {
        for (String app : List.of("cockpit", "admin")) {
            for (String user : List.of("lead-east", "officer", "director", "finance")) {
                assertThat(WebappSession.signIn(port, user, app).loginStatus())
                        .as("%s signing in to %s", user, app)
                        .isEqualTo(403);
            }
            assertThat(WebappSession.signIn(port, "admin", app).loginStatus())
                    .as("admin signing in to %s", app)
                    .isEqualTo(200);
        }
    }

    private void assertUnchanged() {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("review task still open").isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(instanceId)
                        .finished()
                        .count())
                .isZero();
        assertThat(requests.findByReference(reference).orElseThrow().getStatus().name())
                .isEqualTo("IN_REVIEW");
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return send(user, path, HttpRequest.newBuilder().GET());
    }

    private HttpResponse<String> post(String user, String path, String body) throws IOException, InterruptedException {
        return send(user, path, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String user, String path, String body) throws IOException, InterruptedException {
        return send(user, path, HttpRequest.newBuilder().PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(String user, String path, HttpRequest.Builder builder)
            throws IOException, InterruptedException {
        HttpRequest request = builder.uri(URI.create(base() + path))
                .timeout(Duration.ofSeconds(30))
                .header(HttpHeaders.AUTHORIZATION, Credentials.basic(user))
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
