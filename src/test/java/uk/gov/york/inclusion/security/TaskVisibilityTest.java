package uk.gov.york.inclusion.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.commissioning.CommissioningScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** Checks, with Camunda's authorizations on, who sees and may work on which commissioning task. */
@IntegrationTest
class TaskVisibilityTest {

    @Autowired
    CommissioningScenario scenario;

    @Autowired
    TestData testData;

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    ProcessInstance eastRequest;

    @BeforeEach
    void submitEastRequestReturnedToItsLead() {
        testData.reset();
        eastRequest = scenario.submit("lead-east", scenario.eastRequest(2500));
        scenario.complete(
                "officer",
                eastRequest,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "return", "reviewComment", "Say which pupils."));
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    @Test
    void leadSeesOwnClusterTaskOnly() {
        testData.signIn("lead-east");
        List<Task> eastTasks = taskService.createTaskQuery().list();
        testData.signIn("lead-west");
        List<Task> westTasks = taskService.createTaskQuery().list();

        assertThat(eastTasks).extracting(Task::getTaskDefinitionKey).containsExactly("Task_AmendRequest");
        assertThat(westTasks).isEmpty();
    }

    @Test
    void leadOfAnotherClusterCannotCompleteTask() {
        Task amend = scenario.task(eastRequest, "Task_AmendRequest");
        testData.signIn("lead-west");

        assertThatThrownBy(() -> taskService.complete(amend.getId(), Map.of("amendAction", "withdraw")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.getVariables(amend.getId())).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void leadCannotHandTaskToAnotherCluster() {
        Task amend = scenario.task(eastRequest, "Task_AmendRequest");
        testData.signIn("lead-east");

        assertThatThrownBy(() -> taskService.setAssignee(amend.getId(), "lead-north"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.addCandidateGroup(amend.getId(), "cluster-north"))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void reviewerCannotSeeLeadsTask() {
        testData.signIn("officer");

        assertThat(taskService.createTaskQuery().list()).isEmpty();
    }

    @Test
    void filtersAreReadableByTheirRolesOnly() {
        testData.signIn("lead-east");
        List<String> leadFilters = filterService.createFilterQuery().list().stream()
                .map(Filter::getName)
                .toList();
        testData.signIn("officer");
        List<String> officerFilters = filterService.createFilterQuery().list().stream()
                .map(Filter::getName)
                .toList();
        testData.signIn("finance");
        List<String> financeFilters = filterService.createFilterQuery().list().stream()
                .map(Filter::getName)
                .toList();

        assertThat(leadFilters).containsExactlyInAnyOrder("My cluster's requests", "Assigned to me");
        assertThat(officerFilters).containsExactlyInAnyOrder("Awaiting my review", "Assigned to me");
        assertThat(financeFilters).containsExactlyInAnyOrder("Spend to record", "Assigned to me");
    }

    @Test
    void leadsFilterListsTheirClustersTask() {
        testData.signIn("lead-east");
        Filter filter = filterService
                .createFilterQuery()
                .filterName("My cluster's requests")
                .singleResult();

        List<Task> tasks = filterService.list(filter.getId());

        assertThat(tasks).extracting(Task::getProcessInstanceId).containsExactly(eastRequest.getId());
    }
}
