package uk.gov.york.inclusion.priorities;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Complete listeners of the {@code cluster-priorities} user tasks. Each checks what the person submitted, records it
 * through a business service and clears the raw answer fields, so that an answer variable can only ever come from the
 * task it belongs to. A listener that raises leaves the task open and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class PriorityTaskListeners {

    /** Fields only a headteacher's or an officer's task may submit; the lead's revise task rejects them. */
    static final List<String> ANSWER_FIELDS = List.of("agreement", "agreementComment", "planDecision", "planComment");

    /** "Agree cluster priorities": one headteacher agrees or comments. */
    @Bean
    TaskListener recordPriorityAgreement(PlanAgreement agreement, PlanVariables variables) {
        return task -> {
            PriorityPlan plan = variables.planOf(task, task.getProcessInstanceId());
            FormValues values = FormValues.of(task);
            Object answer = values.raw("agreement");
            AgreementOutcome outcome = "agree".equals(answer)
                    ? AgreementOutcome.AGREED
                    : "comment".equals(answer) ? AgreementOutcome.COMMENTED : null;
            if (outcome == null) {
                throw new InvalidInputException("agreement", "Answer is missing: choose agree or comment.");
            }
            String comment = values.optionalText("agreementComment", "Comment", FormValues.MAXIMUM_TEXT_LENGTH);
            agreement.answer(plan, String.valueOf(task.getVariable("headteacher")), outcome, comment);
            clear(task, "agreement", "agreementComment");
            // Tasklist submits the read-only priority fields too; the plan's own values replace whatever came back.
            variables.write(task, plan);
        };
    }

    /** "Review cluster priorities": an inclusion officer approves the plan or returns it to the lead. */
    @Bean
    TaskListener recordPriorityReview(PlanReview review, PlanVariables variables) {
        return task -> {
            PriorityPlan plan = variables.planOf(task, task.getProcessInstanceId());
            FormValues values = FormValues.of(task);
            PlanDecisionOutcome outcome = PlanDecisionOutcome.fromCode("planDecision", values.raw("planDecision"));
            String comment = values.optionalText("planComment", "Comment", FormValues.MAXIMUM_TEXT_LENGTH);
            review.recordDecision(plan, outcome, comment);
            clear(task, "planDecision", "planComment");
            variables.write(task, plan);
        };
    }

    /** "Revise cluster priorities": the lead resubmits a new revision or withdraws the plan. */
    @Bean
    TaskListener revisePriorityPlan(PlanDrafting drafting, PlanVariables variables) {
        return task -> {
            for (String field : ANSWER_FIELDS) {
                if (task.hasVariable(field)) {
                    throw new InvalidInputException(
                            field, "'" + field + "' can only be set by a headteacher's or an officer's task.");
                }
            }
            PriorityPlan plan = variables.planOf(task, task.getProcessInstanceId());
            String action = FormValues.of(task).text("reviseAction", "Resubmit or withdraw", 20);
            switch (action) {
                case "resubmit" -> drafting.revise(plan, PlanForm.read(task));
                case "withdraw" -> drafting.withdraw(plan);
                default ->
                    throw new InvalidInputException(
                            "reviseAction", "Choose resubmit or withdraw, not '" + action + "'.");
            }
            task.removeVariable("reviseAction");
            task.setVariable("reviseOutcome", action);
            variables.write(task, plan);
        };
    }

    private static void clear(DelegateTask task, String... fields) {
        for (String field : fields) {
            task.removeVariable(field);
        }
    }
}
