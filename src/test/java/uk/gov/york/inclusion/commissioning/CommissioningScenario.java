package uk.gov.york.inclusion.commissioning;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.support.TestData;

/**
 * Drives the outreach-commissioning process the way Tasklist does: start forms and task forms submitted through the
 * form service by a signed-in user.
 */
@Component
public class CommissioningScenario {

    public static final String PROCESS = "outreach-commissioning";

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final TestData testData;

    public CommissioningScenario(
            FormService formService, RepositoryService repositoryService, TaskService taskService, TestData testData) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.testData = testData;
    }

    /** Returns the start form as a lead of the East cluster fills it in, for the given amount. */
    public Map<String, Object> eastRequest(Object amount) {
        Map<String, Object> form = new HashMap<>();
        form.put("clusterCode", "east");
        form.put("category", "semh-outreach");
        form.put("provider", "Applefields outreach team");
        form.put("description", "Weekly SEMH outreach sessions for pupils at risk of exclusion");
        // Tasklist submits a checklist as a Json variable.
        form.put("schools", SpinValues.jsonValue("[\"tang-hall\", \"heworth\"]").create());
        form.put("startDate", testData.dayInOpenYear(10).toString());
        form.put("endDate", testData.dayInOpenYear(100).toString());
        form.put("amount", amount);
        // No plan is approved unless a test approves one; such a test names one of its priorities instead.
        form.put("priority", "none");
        form.put("noPriorityReason", "The cluster's plan for the year is still being agreed.");
        return form;
    }

    public ProcessInstance submit(String lead, Map<String, Object> form) {
        testData.signIn(lead);
        try {
            String definitionId = repositoryService
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(PROCESS)
                    .latestVersion()
                    .singleResult()
                    .getId();
            return formService.submitStartForm(definitionId, form);
        } finally {
            testData.signOut();
        }
    }

    /** Completes the instance's open task with this key as the given user, with the form's values. */
    public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
        Task task = task(instance, taskKey);
        testData.signIn(user);
        try {
            formService.submitTaskForm(task.getId(), form);
        } finally {
            testData.signOut();
        }
    }

    public void approve(String user, ProcessInstance instance) {
        complete(user, instance, "Task_ReviewRequest", Map.of("reviewDecision", "approve"));
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }
}
