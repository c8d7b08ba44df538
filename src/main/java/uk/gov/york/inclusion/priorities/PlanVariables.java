package uk.gov.york.inclusion.priorities;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Connects a process instance to its plan: finds the plan from the {@code planId} variable and writes the read-only
 * values the forms show. The values are copies for display; every decision reads the entities.
 */
@Component
class PlanVariables {

    static final String PLAN_ID = "planId";
    private static final int MAXIMUM_VARIABLE_LENGTH = 4000;

    private final PriorityPlans plans;
    private final PlanRevisions revisions;
    private final PlanAgreement agreement;

    PlanVariables(PriorityPlans plans, PlanRevisions revisions, PlanAgreement agreement) {
        this.plans = plans;
        this.revisions = revisions;
        this.agreement = agreement;
    }

    /** Returns the plan of this process instance; raises if the variable was pointed at another instance's plan. */
    PriorityPlan planOf(VariableScope variables, String processInstanceId) {
        Object id = variables.getVariable(PLAN_ID);
        PriorityPlan plan = id instanceof Long planId ? plans.findById(planId).orElse(null) : null;
        if (plan == null || !processInstanceId.equals(plan.getProcessInstanceId())) {
            throw new InvalidInputException(PLAN_ID, "This task does not belong to priority plan " + id + ".");
        }
        return plan;
    }

    /** Writes the plan's current revision as the forms show it, and clears the slots it does not use. */
    void write(VariableScope variables, PriorityPlan plan) {
        PlanRevision revision =
                revisions.findByPlanAndRevision(plan, plan.getRevision()).orElseThrow();
        List<ClusterPriority> priorities = revision.getPriorities();
        variables.setVariable(PLAN_ID, plan.getId());
        variables.setVariable("reference", plan.getReference());
        variables.setVariable("clusterCode", plan.getCluster().getCode());
        variables.setVariable("clusterName", plan.getCluster().getName());
        variables.setVariable("financialYear", plan.getFinancialYear().toString());
        variables.setVariable("revision", plan.getRevision());
        variables.setVariable("revisionChanges", revision.getChanges());
        variables.setVariable("draftedBy", plan.getDraftedBy());
        variables.setVariable("returnComment", plan.getReturnComment() == null ? "" : plan.getReturnComment());
        variables.setVariable("priorityCount", priorities.size());
        for (int slot = 1; slot <= PlanForm.MAXIMUM_PRIORITIES; slot++) {
            if (slot <= priorities.size()) {
                writeSlot(variables, slot, priorities.get(slot - 1));
            } else {
                for (String suffix : PlanForm.SLOT_FIELDS) {
                    variables.removeVariable(PlanForm.slotField(slot, suffix));
                }
            }
        }
    }

    /** Writes who agreed, who commented (with what) and who did not answer in the current round, for the officer. */
    void writeAgreement(VariableScope variables, PriorityPlan plan) {
        List<AgreementAnswer> round = agreement.currentRound(plan);
        variables.setVariable("agreedBy", names(round, AgreementOutcome.AGREED));
        variables.setVariable("commentedBy", names(round, AgreementOutcome.COMMENTED));
        variables.setVariable("noAnswerFrom", names(round, AgreementOutcome.NO_ANSWER));
        String comments = round.stream()
                .filter(answer -> answer.getComment() != null)
                .map(answer -> answer.getHeadteacher() + ": " + answer.getComment())
                .collect(Collectors.joining("\n\n"));
        // NOTE: the form shows at most the engine's 4,000 characters; GET /api/clusters/{code}/priorities has them all.
        variables.setVariable("agreementComments", truncate(comments));
    }

    private static void writeSlot(VariableScope variables, int slot, ClusterPriority priority) {
        variables.setVariable(
                PlanForm.slotField(slot, "Area"), priority.getArea().code());
        variables.setVariable(PlanForm.slotField(slot, "Evidence"), priority.getEvidence());
        variables.setVariable(PlanForm.slotField(slot, "Actions"), priority.getActions());
        variables.setVariable(PlanForm.slotField(slot, "Measure"), priority.getMeasure());
        variables.setVariable(PlanForm.slotField(slot, "Numeric"), priority.isNumericMeasure());
        variables.setVariable(PlanForm.slotField(slot, "Baseline"), priority.getBaseline());
        variables.setVariable(PlanForm.slotField(slot, "Target"), priority.getTarget());
        variables.setVariable(PlanForm.slotField(slot, "Focus"), priority.getWellbeingFocus());
    }

    private static String names(List<AgreementAnswer> round, AgreementOutcome outcome) {
        String names = round.stream()
                .filter(answer -> answer.getOutcome() == outcome)
                .map(AgreementAnswer::getHeadteacher)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "nobody" : truncate(names);
    }

    private static String truncate(String text) {
        return text.length() > MAXIMUM_VARIABLE_LENGTH ? text.substring(0, MAXIMUM_VARIABLE_LENGTH - 1) + "…" : text;
    }
}
