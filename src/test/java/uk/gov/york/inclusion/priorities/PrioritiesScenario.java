package uk.gov.york.inclusion.priorities;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.support.TestData;

/** Drives the cluster-priorities process the way Tasklist does, through the form service as a signed-in user. */
@Component
public class PrioritiesScenario {

    public static final String PROCESS = "cluster-priorities";

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final TestData testData;

    public PrioritiesScenario(
            FormService formService, RepositoryService repositoryService, TaskService taskService, TestData testData) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.testData = testData;
    }

    /** Returns the East cluster's start form for the open year with {@code count} filled-in priorities. */
    public Map<String, Object> eastPlan(int count) {
        Map<String, Object> form = new HashMap<>();
        form.put("clusterCode", "east");
        form.put("financialYear", testData.openYear().toString());
        form.put("priorityCount", (long) count);
        for (int slot = 1; slot <= count; slot++) {
            form.put("priority" + slot + "Area", slot == 1 ? "attendance" : "semh");
            form.put("priority" + slot + "Evidence", "Persistent absence at 21% across the cluster");
            form.put("priority" + slot + "Actions", "Attendance panels every half term");
            form.put("priority" + slot + "Measure", "Persistent absence rate (%)");
            form.put("priority" + slot + "Numeric", true);
            form.put("priority" + slot + "Baseline", "21");
            form.put("priority" + slot + "Target", "17.5");
            form.put("priority" + slot + "Focus", "Early help for families of persistently absent pupils");
        }
        return form;
    }

    /** Drafts, agrees and approves an East plan for the open year with {@code count} priorities. */
    public ProcessInstance approveEastPlan(int count) {
        return approve(eastPlan(count));
    }

    /** Starts a plan from the form as {@code lead-east}, has both East headteachers agree and the officer approve. */
    public ProcessInstance approve(Map<String, Object> form) {
        ProcessInstance instance = start("lead-east", form);
        agree("head-east-1", instance);
        agree("head-east-2", instance);
        complete("officer", instance, "Task_ReviewPlan", Map.of("planDecision", "approve"));
        return instance;
    }

    public ProcessInstance start(String lead, Map<String, Object> form) {
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

    /** Completes the task with this key as the given user; for the agreement task, the one assigned to them. */
    public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
        complete(user, task(instance, taskKey, user), form);
    }

    public void complete(String user, Task task, Map<String, Object> form) {
        testData.signIn(user);
        try {
            formService.submitTaskForm(task.getId(), form);
        } finally {
            testData.signOut();
        }
    }

    public void agree(String headteacher, ProcessInstance instance) {
        complete(headteacher, instance, "Task_AgreePriorities", Map.of("agreement", "agree"));
    }

    /** Returns the open task with this key; for the agreement task, the one assigned to {@code user}. */
    public Task task(ProcessInstance instance, String taskKey, String user) {
        var query = taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey);
        if ("Task_AgreePriorities".equals(taskKey)) {
            query = query.taskAssignee(user);
        }
        return query.singleResult();
    }
}
