package uk.gov.york.inclusion.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** A request names a priority of its cluster's approved plan for the year of its dates. */
@IntegrationTest
class RequestPriorityTest {

    @Autowired
    CommissioningScenario scenario;

    @Autowired
    PrioritiesScenario plans;

    @Autowired
    CommissioningRequests requests;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    TestData testData;

    private String year;
    private String planReference;

    @BeforeEach
    void approveEastPlan() {
        testData.reset();
        year = testData.openYear().toString();
        planReference = plans.approveEastPlan(2).getBusinessKey();
    }

    @Test
    void requestRecordsTheChosenPriority() {
        ProcessInstance instance = scenario.submit("lead-east", withPriority(year + "/2"));

        CommissioningDetails details = request(instance).getDetails();
        assertThat(details.getPriorityPosition()).isEqualTo(2);
        assertThat(details.getPriorityPlanReference()).isEqualTo(planReference);
        assertThat(details.getNoPriorityReason()).isNull();
        assertThat(runtimeService.getVariable(instance.getId(), "priorityLabel"))
                .isEqualTo(year + " priority 2, Social, emotional and mental health: Persistent absence rate (%)");
    }

    @Test
    void noneYetIsRejectedOnceAPlanIsApproved() {
        InvalidInputException error = submitExpectingError(scenario.eastRequest(2500));

        assertThat(error.getField()).isEqualTo("priority");
        assertThat(error.getMessage()).contains("has an approved priority plan for " + year + " (" + planReference);
        assertThat(requests.search(null, null, null)).isEmpty();
    }

    @Test
    void priorityMissingFromThePlanIsRejected() {
        InvalidInputException error = submitExpectingError(withPriority(year + "/3"));

        assertThat(error.getField()).isEqualTo("priority");
        assertThat(error.getMessage())
                .isEqualTo("Cluster priority 3 is not in " + planReference + ": choose one of its priorities.");
        assertThat(requests.search(null, null, null)).isEmpty();
    }

    @Test
    void priorityOfAnotherYearIsRejected() {
        String otherYear = testData.openYear().next().toString();

        InvalidInputException error = submitExpectingError(withPriority(otherYear + "/1"));

        assertThat(error.getField()).isEqualTo("priority");
        assertThat(error.getMessage()).contains("cannot be named for " + year);
        assertThat(requests.search(null, null, null)).isEmpty();
    }

    @Test
    void otherClusterStillNeedsAReason() {
        Map<String, Object> form = scenario.eastRequest(2500);
        form.put("clusterCode", "west");
        form.put("schools", SpinValues.jsonValue("[\"westfield\"]").create());

        ProcessInstance instance = scenario.submit("lead-west", form);

        assertThat(request(instance).getDetails().getNoPriorityReason())
                .isEqualTo("The cluster's plan for the year is still being agreed.");
    }

    @Test
    void amendChangesThePriority() {
        ProcessInstance instance = scenario.submit("lead-east", withPriority(year + "/1"));
        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "return", "reviewComment", "Name the SEMH priority instead."));
        Task amend = scenario.task(instance, "Task_AmendRequest");

        TypedValue choices = taskService.getVariableTyped(amend.getId(), "priorityChoices", false);
        assertThat(choices.getType().getName()).isEqualTo("json");
        assertThat(choices.getValue().toString())
                .contains("\"value\":\"" + year + "/1\"", "\"value\":\"" + year + "/2\"")
                .doesNotContain("\"value\":\"none\"");

        Map<String, Object> amended = withPriority(year + "/2");
        amended.put("amendAction", "resubmit");
        scenario.complete("lead-east", instance, "Task_AmendRequest", amended);

        assertThat(request(instance).getDetails().getPriorityPosition()).isEqualTo(2);
    }

    private Map<String, Object> withPriority(String priority) {
        Map<String, Object> form = scenario.eastRequest(2500);
        form.put("priority", priority);
        form.remove("noPriorityReason");
        return form;
    }

    private InvalidInputException submitExpectingError(Map<String, Object> form) {
        InvalidInputException error =
                catchThrowableOfType(InvalidInputException.class, () -> scenario.submit("lead-east", form));
        assertThat(error).isNotNull();
        return error;
    }

    private CommissioningRequest request(ProcessInstance instance) {
        return requests.findByProcessInstanceId(instance.getId()).orElseThrow();
    }
}
