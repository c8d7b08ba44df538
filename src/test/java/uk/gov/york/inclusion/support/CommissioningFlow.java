package uk.gov.york.inclusion.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives commissioning requests through the deployed {@code outreach-commissioning} process as the demo users would
 * in Tasklist: each step signs the user in to the engine, calls the engine's Java API and signs them out again.
 */
@Component
public class CommissioningFlow {

    public static final String PROCESS_KEY = "outreach-commissioning";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final TestData testData;

    public CommissioningFlow(
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            TestData testData) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.testData = testData;
    }

    /**
     * Submits a request as the cluster's demo lead ({@code lead-east} for {@code east}) for the given schools,
     * comma-separated codes, running from day 10 to day 100 of {@link TestData#openYear()}.
     */
    public ProcessInstance submit(String clusterCode, String schoolCodes, String amount) {
        return submit(clusterCode, schoolCodes, amount, "none");
    }

    /**
     * Submits a request as {@link #submit(String, String, String)} does, naming a priority such as {@code 2027-28/1},
     * or {@code none} with a stock reason.
     */
    public ProcessInstance submit(String clusterCode, String schoolCodes, String amount, String priority) {
        Map<String, Object> form = new HashMap<>();
        form.put("clusterCode", clusterCode);
        form.put("category", "semh-outreach");
        form.put("provider", "York SEMH Outreach Team");
        form.put("description", "Weekly outreach sessions for pupils at risk of exclusion.");
        form.put("schools", schoolCodes);
        form.put("startDate", testData.dayInOpenYear(10).toString());
        form.put("endDate", testData.dayInOpenYear(100).toString());
        form.put("amount", amount);
        form.put("priority", priority);
        form.put("noPriorityReason", "The cluster's plan for the year is still being agreed.");
        return as("lead-" + clusterCode, () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, form));
    }

    /** Approves the open review task of a request as the given reviewer. */
    public void approve(String reviewerId, String processInstanceId) {
        completeTask(reviewerId, processInstanceId, "Task_ReviewRequest", Map.of("reviewDecision", "approve"));
    }

    /** Returns the request to its lead as the given reviewer, with a comment. */
    public void returnToLead(String reviewerId, String processInstanceId, String comment) {
        completeTask(
                reviewerId,
                processInstanceId,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "return", "reviewComment", comment));
    }

    /** Records an invoice on a commissioned request as the demo finance user. */
    public void recordInvoice(String processInstanceId, String invoiceReference, String amount, LocalDate invoiceDate) {
        Map<String, Object> form = new HashMap<>();
        form.put("spendAction", "invoice");
        form.put("invoiceReference", invoiceReference);
        form.put("invoiceAmount", amount);
        form.put("invoiceDate", invoiceDate.toString());
        completeTask("finance", processInstanceId, "Task_RecordSpend", form);
    }

    /** Completes the request's open task of the given kind as the given user. */
    public void completeTask(
            String userId, String processInstanceId, String taskDefinitionKey, Map<String, Object> form) {
        Task task = openTask(processInstanceId, taskDefinitionKey);
        as(userId, () -> {
            taskService.complete(task.getId(), form);
            return null;
        });
    }

    /** Returns the one open task of the given kind in the process instance, or raises if there is none. */
    public Task openTask(String processInstanceId, String taskDefinitionKey) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException(
                    "Process instance " + processInstanceId + " has no open task " + taskDefinitionKey);
        }
        return task;
    }

    /** Returns the request reference of a process instance, such as {@code COM-EAST-2027-28-001}. */
    public String reference(String processInstanceId) {
        return (String) runtimeService.getVariable(processInstanceId, "reference");
    }

    private <T> T as(String userId, java.util.function.Supplier<T> step) {
        testData.signIn(userId);
        try {
            return step.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
