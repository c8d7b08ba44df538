package uk.gov.york.inclusion.commissioning;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Complete listeners of the {@code outreach-commissioning} user tasks. Each checks what the person submitted, records
 * it through a business service and clears the raw decision fields, so that a decision variable can only ever come
 * from the task it belongs to. A listener that raises leaves the task open and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class CommissioningTaskListeners {

    /** Fields only a reviewer may submit; the lead's amend task and the start form refuse them. */
    static final List<String> DECISION_FIELDS =
            List.of("reviewDecision", "reviewComment", "additionalSpendDecision", "additionalSpendComment");

    /** "Amend or withdraw request": the lead changes the request and resubmits it, or withdraws it. */
    @Bean
    TaskListener amendCommissioningRequest(RequestRegistration registration, RequestVariables variables) {
        return task -> {
            rejectDecisionFields(task);
            CommissioningRequest request = variables.requestOf(task, task.getProcessInstanceId());
            String action = FormValues.of(task).text("amendAction", "Resubmit or withdraw", 20);
            switch (action) {
                case "resubmit" -> registration.amend(request, RequestForm.read(task));
                case "withdraw" -> registration.withdraw(request);
                default ->
                    throw new InvalidInputException(
                            "amendAction", "Choose resubmit or withdraw, not '" + action + "'.");
            }
            task.setVariable("amendOutcome", action);
            variables.write(task, request);
        };
    }

    /** "Review commissioning request": one approver group's decision in the current round. */
    @Bean
    TaskListener recordReviewDecision(RequestReview review, RequestVariables variables) {
        return task -> {
            CommissioningRequest request = variables.requestOf(task, task.getProcessInstanceId());
            FormValues values = FormValues.of(task);
            ReviewOutcome outcome = ReviewOutcome.fromCode("reviewDecision", values.raw("reviewDecision"));
            String comment = values.optionalText("reviewComment", "Comment", FormValues.MAXIMUM_TEXT_LENGTH);
            review.recordDecision(request, outcome, comment);
            clear(task, "reviewDecision", "reviewComment");
            variables.write(task, request);
        };
    }

    /** "Record delivery and spend": finance records an invoice or closes the commission. */
    @Bean
    TaskListener recordCommissioningSpend(CommissionSpending spending, RequestVariables variables) {
        return task -> {
            CommissioningRequest request = variables.requestOf(task, task.getProcessInstanceId());
            FormValues values = FormValues.of(task);
            String action = values.text("spendAction", "Record an invoice or close", 20);
            SpendOutcome outcome =
                    switch (action) {
                        case "invoice" ->
                            spending.recordInvoice(
                                    request,
                                    values.text("invoiceReference", "Invoice reference", 100),
                                    Money.parsePositive("invoiceAmount", "Invoice amount", values.raw("invoiceAmount")),
                                    values.date("invoiceDate", "Invoice date"));
                        case "close" -> SpendOutcome.CLOSED;
                        default ->
                            throw new InvalidInputException(
                                    "spendAction", "Choose invoice or close, not '" + action + "'.");
                    };
            clear(task, "spendAction", "invoiceReference", "invoiceAmount", "invoiceDate");
            task.setVariable("spendOutcome", outcome.code());
            variables.writeSpending(task, request);
        };
    }

    /** "Approve additional spend": an inclusion officer decides on an invoice above the commitment. */
    @Bean
    TaskListener decideAdditionalSpend(CommissionSpending spending, RequestVariables variables) {
        return task -> {
            CommissioningRequest request = variables.requestOf(task, task.getProcessInstanceId());
            FormValues values = FormValues.of(task);
            Object decision = values.raw("additionalSpendDecision");
            ReviewOutcome outcome = "approve".equals(decision)
                    ? ReviewOutcome.APPROVE
                    : "refuse".equals(decision) ? ReviewOutcome.REJECT : null;
            if (outcome == null) {
                throw new InvalidInputException(
                        "additionalSpendDecision", "Decision is missing: choose approve or" + " refuse.");
            }
            String comment = values.optionalText("additionalSpendComment", "Comment", FormValues.MAXIMUM_TEXT_LENGTH);
            spending.decideAdditionalSpend(request, outcome, comment);
            clear(task, "additionalSpendDecision", "additionalSpendComment");
            variables.writeSpending(task, request);
        };
    }

    private static void rejectDecisionFields(DelegateTask task) {
        for (String field : DECISION_FIELDS) {
            if (task.hasVariable(field)) {
                throw new InvalidInputException(field, "'" + field + "' can only be set by a reviewer's task.");
            }
        }
    }

    private static void clear(DelegateTask task, String... fields) {
        for (String field : fields) {
            task.removeVariable(field);
        }
    }
}
