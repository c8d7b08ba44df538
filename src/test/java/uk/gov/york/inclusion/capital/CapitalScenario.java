package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.support.TestData;

/**
 * Drives capital bids through the deployed {@code capital-bid} process as the demo users would in Tasklist. The job
 * executor is off in tests, so the round's timer and the jobs after each panel score run when a test executes them.
 */
@Component
public class CapitalScenario {

    static final String PROCESS_KEY = "capital-bid";
    public static final Map<String, Object> GOOD_SCORE = score("4", "4", "3", "4", "3", "fund");

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final CapitalFundLedger fund;
    private final BiddingRounds rounds;
    private final CapitalBids bids;
    private final TransactionTemplate transaction;
    private final TestData testData;

    CapitalScenario(
            RuntimeService runtimeService,
            TaskService taskService,
            ManagementService managementService,
            IdentityService identityService,
            CapitalFundLedger fund,
            BiddingRounds rounds,
            CapitalBids bids,
            TransactionTemplate transaction,
            TestData testData) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.fund = fund;
        this.rounds = rounds;
        this.bids = bids;
        this.transaction = transaction;
        this.testData = testData;
    }

    /** Sets the open year's capital fund and opens a round closing in 30 days, as an administrator. */
    public CapitalRound openRound(String allocation) {
        FinancialYear year = testData.openYear();
        return as("admin", () -> {
            fund.setAllocation(year, new BigDecimal(allocation), "admin");
            return rounds.open(year, testData.today().plusDays(30), "admin");
        });
    }

    /** Returns the start form of a bid for the cluster's first school, serving no cluster priority. */
    public static Map<String, Object> bidForm(String clusterCode, String schools, String amount) {
        Map<String, Object> form = new HashMap<>();
        form.put("clusterCode", clusterCode);
        form.put("title", "Nurture base for Key Stage 2");
        form.put("provisionKind", "alternative-provision");
        form.put("schools", schools);
        form.put("priority", "none");
        form.put("noPriorityReason", "The cluster's plan for the year is not yet approved.");
        form.put("amount", amount);
        form.put("matchFunding", "5000.00");
        form.put("timetable", "Building work over the summer; the base opens in September.");
        form.put("outcomes", "Fewer suspensions and part-time timetables in the cluster's primary schools.");
        return form;
    }

    /** Submits a bid as the cluster's demo lead and returns the process instance id. */
    public String submit(String clusterCode, String schools, String amount) {
        return submit(clusterCode, bidForm(clusterCode, schools, amount));
    }

    public String submit(String clusterCode, Map<String, Object> form) {
        return as("lead-" + clusterCode, () -> runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, form)
                .getId());
    }

    public void accept(String processInstanceId) {
        complete("officer", processInstanceId, "Task_CheckBid", Map.of("checkDecision", "accept"));
    }

    /** Fires the round's timer of the bid, as the engine would at the end of the closing date. */
    void closeRound(String processInstanceId) {
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .singleResult();
        managementService.executeJob(timer.getId());
    }

    /** Submits, accepts and closes the round of a bid, which then waits for the panel. */
    public String submitToPanel(String clusterCode, String schools, String amount) {
        String processInstanceId = submit(clusterCode, schools, amount);
        accept(processInstanceId);
        closeRound(processInstanceId);
        return processInstanceId;
    }

    /** Submits and accepts each bid, then closes the round, so that all of them wait for the panel together. */
    public List<String> submitAllToPanel(List<Map<String, Object>> forms) {
        List<String> processInstanceIds = forms.stream()
                .map(form -> submit((String) form.get("clusterCode"), form))
                .toList();
        processInstanceIds.forEach(this::accept);
        processInstanceIds.forEach(this::closeRound);
        return processInstanceIds;
    }

    static Map<String, Object> score(
            String need, String impact, String value, String deliverability, String sustainability, String advice) {
        Map<String, Object> form = new HashMap<>();
        form.put("needScore", need);
        form.put("impactScore", impact);
        form.put("valueScore", value);
        form.put("deliverabilityScore", deliverability);
        form.put("sustainabilityScore", sustainability);
        form.put("recommendation", advice);
        form.put("scoreComment", "Clear need, realistic plan.");
        return form;
    }

    /** Completes the panel member's scoring task and runs the job that follows it. */
    void score(String member, String processInstanceId, Map<String, Object> form) {
        Task task = scoringTask(member, processInstanceId);
        as(member, () -> {
            taskService.complete(task.getId(), form);
            return null;
        });
        executeJobs(processInstanceId);
    }

    /** Scores the bid as every panel member who has a task, each with the same marks. */
    public void scoreByWholePanel(String processInstanceId, Map<String, Object> form) {
        for (Task task : taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_ScoreBid")
                .list()) {
            score(task.getAssignee(), processInstanceId, form);
        }
    }

    Task scoringTask(String member, String processInstanceId) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_ScoreBid")
                .taskAssignee(member)
                .singleResult();
    }

    /** Runs the process instance's jobs that are not timers, such as those after each panel score. */
    void executeJobs(String processInstanceId) {
        List<Job> jobs = managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .messages()
                .list();
        for (Job job : jobs) {
            managementService.executeJob(job.getId());
        }
    }

    public void decide(String processInstanceId, Map<String, Object> form) {
        complete("director", processInstanceId, "Task_DecideBid", form);
    }

    public static Map<String, Object> decision(String decision, String reasons) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("decisionReasons", reasons);
        return form;
    }

    public void complete(String userId, String processInstanceId, String taskDefinitionKey, Map<String, Object> form) {
        Task task = openTask(processInstanceId, taskDefinitionKey);
        as(userId, () -> {
            taskService.complete(task.getId(), form);
            return null;
        });
    }

    Task openTask(String processInstanceId, String taskDefinitionKey) {
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

    boolean hasOpenTask(String processInstanceId, String taskDefinitionKey) {
        return taskService
                        .createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .taskDefinitionKey(taskDefinitionKey)
                        .count()
                > 0;
    }

    /** Returns the bid of a process instance, read in a transaction of its own. */
    public CapitalBid bidOf(String processInstanceId) {
        return transaction.execute(
                status -> bids.findByProcessInstanceId(processInstanceId).orElseThrow());
    }

    FundPosition fundPosition() {
        return fund.position(testData.openYear());
    }

    /** Runs a step signed in as the user, inside a transaction, as a request to the application would. */
    <T> T as(String userId, Supplier<T> step) {
        testData.signIn(userId);
        try {
            return transaction.execute(status -> step.get());
        } finally {
            identityService.clearAuthentication();
        }
    }
}
