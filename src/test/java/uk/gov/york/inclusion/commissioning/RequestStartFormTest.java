package uk.gov.york.inclusion.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.workflow.GeneratedFormPublisher;

/** The start form Tasklist shows offers each cluster's approved priorities once a plan's approval commits. */
@IntegrationTest
class RequestStartFormTest {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final String NONE_LABEL = "None yet: the cluster has no approved plan for that year";

    @Autowired
    FormService formService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    PrioritiesScenario plans;

    @Autowired
    RequestStartForm startForm;

    @Autowired
    GeneratedFormPublisher publisher;

    @Autowired
    TestData testData;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void resetData() {
        testData.reset();
        publisher.publish(startForm);
    }

    @Test
    void clusterWithoutPlanOffersOnlyNoneYet() throws IOException {
        assertThat(choices("east")).containsExactly(Map.of("label", NONE_LABEL, "value", "none"));
    }

    @Test
    void approvedPlanAppearsInDeployedStartForm() throws IOException {
        plans.approveEastPlan(2);

        String year = testData.openYear().toString();
        assertThat(choices("east"))
                .containsExactly(
                        Map.of(
                                "label",
                                year + " priority 1, Attendance: Persistent absence rate (%)",
                                "value",
                                year + "/1"),
                        Map.of(
                                "label",
                                year + " priority 2, Social, emotional and mental health: Persistent absence rate (%)",
                                "value",
                                year + "/2"),
                        Map.of("label", NONE_LABEL, "value", "none"));
        assertThat(choices("west")).containsExactly(Map.of("label", NONE_LABEL, "value", "none"));
    }

    @Test
    void typedQuotesCannotBreakTheExpression() throws IOException {
        Map<String, Object> plan = plans.eastPlan(1);
        plan.put("priority1Measure", "Pupils who say \"I feel safe\" \\ }], {label: \"x\"");
        plans.approve(plan);

        String year = testData.openYear().toString();
        assertThat(choices("east"))
                .first()
                .isEqualTo(Map.of(
                        "label",
                        year + " priority 1, Attendance: Pupils who say 'I feel safe' / }], {label: 'x'",
                        "value",
                        year + "/1"));
    }

    @Test
    void unchangedDataKeepsTheFormVersion() {
        long before = repositoryService.createDeploymentQuery().count();

        publisher.publish(startForm);

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    /** Evaluates the deployed start form's priority list the way the form does once a cluster is chosen. */
    private List<Object> choices(String clusterCode) throws IOException {
        String expression = priorityField().path("valuesExpression").asText();
        assertThat(expression).startsWith("=");
        EvaluationResult result = FEEL.evaluateExpression(expression.substring(1), Map.of("clusterCode", clusterCode));
        assertThat(result.isSuccess()).as("FEEL evaluation of %s", expression).isTrue();
        return List.copyOf((List<?>) result.result());
    }

    private JsonNode priorityField() throws IOException {
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("outreach-commissioning")
                .latestVersion()
                .singleResult()
                .getId();
        try (InputStream form = formService.getDeployedStartForm(definitionId)) {
            for (JsonNode component : json.readTree(form).path("components")) {
                if ("priority".equals(component.path("key").asText())) {
                    return component;
                }
            }
        }
        throw new AssertionError("The deployed start form has no priority field");
    }
}
