package uk.gov.york.inclusion.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** Walks the cluster-priorities process from wait state to wait state, one path per test. */
@IntegrationTest
class ClusterPrioritiesProcessTest {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    PrioritiesScenario scenario;

    @Autowired
    TestData testData;

    @Autowired
    PriorityPlans plans;

    @Autowired
    PlanRevisions revisions;

    @Autowired
    AgreementAnswers answers;

    @BeforeEach
    void resetData() {
        init(processEngine);
        testData.reset();
    }

    @Test
    void agreedAndApprovedPlanBecomesClusterPlan() {
        ProcessInstance instance = scenario.start("lead-east", scenario.eastPlan(2));

        assertThat(instance).isWaitingAt("Task_AgreePriorities");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .list())
                .extracting(task -> task.getAssignee())
                .containsExactlyInAnyOrder("head-east-1", "head-east-2");
        assertThat(instance.getBusinessKey()).isEqualTo("PRI-EAST-" + testData.openYear() + "-1");

        scenario.agree("head-east-1", instance);
        scenario.complete(
                "head-east-2",
                instance,
                "Task_AgreePriorities",
                Map.of("agreement", "comment", "agreementComment", "Add a transitions priority next year."));

        assertThat(instance).isWaitingAt("Task_ReviewPlan");
        assertThat(instance).task().hasCandidateGroup("inclusion-officers");
        assertThat(instance).variables().containsEntry("agreedBy", "head-east-1");
        assertThat(instance).variables().containsEntry("commentedBy", "head-east-2");
        assertThat(instance).variables().containsEntry("noAnswerFrom", "nobody");

        scenario.complete("officer", instance, "Task_ReviewPlan", Map.of("planDecision", "approve"));

        assertThat(instance).isEnded().hasPassed("EndEvent_PlanApproved");
        PriorityPlan plan = plan(instance);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.getApprovedBy()).isEqualTo("officer");
        assertThat(revisions.findByPlanAndRevision(plan, 1).orElseThrow().getPriorities())
                .hasSize(2);
    }

    @Test
    void returnedPlanIsRevisedAndAgreedAgain() {
        ProcessInstance instance = scenario.start("lead-east", scenario.eastPlan(1));
        scenario.agree("head-east-1", instance);
        scenario.agree("head-east-2", instance);
        scenario.complete(
                "officer",
                instance,
                "Task_ReviewPlan",
                Map.of("planDecision", "return", "planComment", "Make the target more ambitious."));

        assertThat(instance).isWaitingAt("Task_RevisePlan");
        assertThat(instance).task().hasCandidateGroup("cluster-east");
        assertThat(plan(instance).getStatus()).isEqualTo(PlanStatus.RETURNED);

        Map<String, Object> revised = scenario.eastPlan(2);
        revised.put("priority1Target", "15");
        revised.put("reviseAction", "resubmit");
        scenario.complete("lead-east", instance, "Task_RevisePlan", revised);

        assertThat(instance).isWaitingAt("Task_AgreePriorities");
        PriorityPlan plan = plan(instance);
        assertThat(plan.getRevision()).isEqualTo(2);
        assertThat(revisions.findByPlanAndRevision(plan, 2).orElseThrow().getChanges())
                .isEqualTo("Priority 1: target changed. Priority 2 added.");
        assertThat(revisions.findByPlanAndRevision(plan, 1).orElseThrow().getPriorities())
                .singleElement()
                .extracting(ClusterPriority::getTarget)
                .isEqualTo("17.5");
        assertThat(answers.findByPlanAndRevisionOrderByHeadteacher(plan, 1))
                .extracting(AgreementAnswer::getOutcome)
                .containsOnly(AgreementOutcome.AGREED);
        assertThat(answers.findByPlanAndRevisionOrderByHeadteacher(plan, 2))
                .extracting(AgreementAnswer::getOutcome)
                .containsOnly(AgreementOutcome.PENDING);

        scenario.agree("head-east-1", instance);
        scenario.agree("head-east-2", instance);
        scenario.complete("officer", instance, "Task_ReviewPlan", Map.of("planDecision", "approve"));

        assertThat(instance).isEnded().hasPassed("EndEvent_PlanApproved");
    }

    @Test
    void silentHeadteacherIsRecordedWhenDue() {
        ProcessInstance instance = scenario.start("lead-east", scenario.eastPlan(1));
        scenario.agree("head-east-1", instance);

        Job timer = managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
        assertThat(timer.getDuedate()).isAfter(new java.util.Date());
        managementService.executeJob(timer.getId());

        assertThat(instance).isWaitingAt("Task_ReviewPlan");
        assertThat(instance).variables().containsEntry("agreedBy", "head-east-1");
        assertThat(instance).variables().containsEntry("noAnswerFrom", "head-east-2");
        PriorityPlan plan = plan(instance);
        assertThat(answers.findByPlanAndRevisionAndHeadteacher(plan, 1, "head-east-2")
                        .orElseThrow()
                        .getOutcome())
                .isEqualTo(AgreementOutcome.NO_ANSWER);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey("Task_AgreePriorities")
                        .count())
                .isZero();
    }

    @Test
    void secondPlanInProgressIsRejected() {
        ProcessInstance first = scenario.start("lead-east", scenario.eastPlan(1));

        assertThatThrownBy(() -> scenario.start("lead-east", scenario.eastPlan(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(first.getBusinessKey())
                .hasMessageContaining("in progress");
        assertThat(plans.countByClusterAndFinancialYear(plan(first).getCluster(), testData.openYear()))
                .isEqualTo(1);
    }

    @Test
    void deletedPlanInstanceFreesTheYear() {
        ProcessInstance first = scenario.start("lead-east", scenario.eastPlan(1));

        processEngine.getRuntimeService().deleteProcessInstance(first.getId(), "Started by mistake", true);
        ProcessInstance second = scenario.start("lead-east", scenario.eastPlan(1));

        assertThat(plan(first).getStatus()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(plan(second).getStatus().inProgress()).isTrue();
    }

    @Test
    void laterApprovedPlanReplacesEarlier() {
        ProcessInstance first = approvedPlan();
        ProcessInstance second = approvedPlan();

        assertThat(plan(first).getStatus()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(plan(second).getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(second.getBusinessKey()).endsWith("-2");
    }

    @Test
    void headteacherOfAnotherClusterCannotAnswer() {
        ProcessInstance instance = scenario.start("lead-east", scenario.eastPlan(1));
        var task = scenario.task(instance, "Task_AgreePriorities", "head-east-1");

        assertThatThrownBy(() -> scenario.complete("head-west-1", task, Map.of("agreement", "agree")))
                .isInstanceOf(AuthorizationException.class);
        // An administrator passes the engine's task authorization, so the plan's own rule must stop them.
        assertThatThrownBy(() -> scenario.complete("admin", task, Map.of("agreement", "agree")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Only a headteacher of the East cluster");
        assertThatThrownBy(() -> scenario.complete("head-east-2", task, Map.of("agreement", "agree")))
                .isInstanceOf(AuthorizationException.class);
        assertThat(answers.findByPlanAndRevisionAndHeadteacher(plan(instance), 1, "head-east-1")
                        .orElseThrow()
                        .getOutcome())
                .isEqualTo(AgreementOutcome.PENDING);
    }

    @Test
    void onlyOfficerReviewsPlan() {
        ProcessInstance instance = scenario.start("lead-east", scenario.eastPlan(1));
        scenario.agree("head-east-1", instance);
        scenario.agree("head-east-2", instance);

        assertThatThrownBy(() ->
                        scenario.complete("lead-east", instance, "Task_ReviewPlan", Map.of("planDecision", "approve")))
                .isInstanceOf(AuthorizationException.class);
        // An administrator passes the engine's task authorization, so the plan's own rule must stop them.
        assertThatThrownBy(() ->
                        scenario.complete("admin", instance, "Task_ReviewPlan", Map.of("planDecision", "approve")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Only an inclusion officer");
        assertThat(instance).isWaitingAt("Task_ReviewPlan");
    }

    @Test
    void badPlansAreRejectedAndNothingSaved() {
        List<Map.Entry<Map<String, Object>, String>> cases = List.of(
                Map.entry(with(scenario.eastPlan(1), "priorityCount", 0L), "at least one priority"),
                Map.entry(with(scenario.eastPlan(6), "priorityCount", 7L), "at most six priorities"),
                Map.entry(with(scenario.eastPlan(1), "priority1Target", "a fifth fewer"), "is not a number"),
                Map.entry(with(scenario.eastPlan(1), "priority1Evidence", "x".repeat(4001)), "the limit is 4000"),
                Map.entry(with(scenario.eastPlan(1), "priority1Area", "sport"), "not known"),
                Map.entry(with(scenario.eastPlan(1), "priority1Actions", ""), "Priority 1 actions is missing"),
                Map.entry(
                        with(
                                scenario.eastPlan(1),
                                "financialYear",
                                new FinancialYear(testData.openYear().startYear() - 2).toString()),
                        "has ended"),
                Map.entry(with(scenario.eastPlan(1), "clusterCode", "west"), "Only a lead of the West cluster"),
                Map.entry(with(scenario.eastPlan(1), "planDecision", "approve"), "cannot be set on a priority plan"));

        for (Map.Entry<Map<String, Object>, String> badCase : cases) {
            assertThatThrownBy(() -> scenario.start("lead-east", badCase.getKey()))
                    .as(badCase.getValue())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(badCase.getValue());
        }
        assertThat(processEngine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(PrioritiesScenario.PROCESS)
                        .count())
                .isZero();
        assertThat(plans.count()).isZero();
    }

    @Test
    void numericTargetIsOptionalForTextMeasure() {
        Map<String, Object> form = scenario.eastPlan(1);
        form.put("priority1Numeric", false);
        form.put("priority1Target", "Every school runs a parent forum");

        ProcessInstance instance = scenario.start("lead-east", form);

        assertThat(instance).isWaitingAt("Task_AgreePriorities");
    }

    @Test
    void instanceStartedAtATaskSkippingListenersIsRejected() {
        ProcessInstance realInstance = scenario.start("lead-east", scenario.eastPlan(1));
        long plannedId = plan(realInstance).getId();
        long historyBefore = processEngine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .count();
        // The agreement task's timer reads its due date before any listener runs, so the planted instance sets one.
        Map<String, Object> taskVariables = Map.of(
                "clusterCode",
                "east",
                "headteacher",
                "head-east-1",
                "agreementDue",
                Date.from(Instant.now().plus(Duration.ofDays(1))));
        Map<String, Object> withOtherPlan = new HashMap<>(taskVariables);
        withOtherPlan.put("planId", plannedId);
        // Without a plan id, and with the id of a plan that belongs to another instance.
        List<Map<String, Object>> plantedVariables = List.of(taskVariables, withOtherPlan);

        for (String activity : List.of("Task_AgreePriorities", "Task_ReviewPlan")) {
            for (Map<String, Object> variables : plantedVariables) {
                testData.signIn("lead-east");
                try {
                    assertThatThrownBy(() -> processEngine
                                    .getRuntimeService()
                                    .createProcessInstanceByKey(PrioritiesScenario.PROCESS)
                                    // Set before the instruction, so they are process variables rather than the task's.
                                    .setVariables(variables)
                                    .startBeforeActivity(activity)
                                    .execute(true, false))
                            .as(activity + " with " + variables.keySet())
                            .isInstanceOf(InvalidInputException.class)
                            .hasMessageContaining("does not belong to priority plan");
                } finally {
                    testData.signOut();
                }
            }
        }

        assertThat(processEngine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(PrioritiesScenario.PROCESS)
                        .list())
                .extracting(ProcessInstance::getId)
                .containsExactly(realInstance.getId());
        assertThat(processEngine
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .count())
                .isEqualTo(historyBefore);
        assertThat(taskService
                        .createTaskQuery()
                        .taskDefinitionKey("Task_ReviewPlan")
                        .count())
                .isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .taskDefinitionKey("Task_AgreePriorities")
                        .count())
                .isEqualTo(2);
    }

    private ProcessInstance approvedPlan() {
        return scenario.approveEastPlan(1);
    }

    private PriorityPlan plan(ProcessInstance instance) {
        return plans.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
        form.put(field, value);
        return form;
    }
}
