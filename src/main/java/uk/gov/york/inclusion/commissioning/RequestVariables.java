package uk.gov.york.inclusion.commissioning;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.School;
import uk.gov.york.inclusion.priorities.PriorityChoices;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Connects a process instance to its request: finds the request from the {@code commissionId} variable and writes
 * the read-only values the forms show. The values are copies for display; every decision reads the entity.
 */
@Component
class RequestVariables {

    static final String COMMISSION_ID = "commissionId";

    private final CommissioningRequests requests;
    private final BudgetLedger ledger;
    private final PriorityChoices priorities;

    RequestVariables(CommissioningRequests requests, BudgetLedger ledger, PriorityChoices priorities) {
        this.requests = requests;
        this.ledger = ledger;
        this.priorities = priorities;
    }

    /** Returns the request of this process instance; raises if the variable was pointed at another instance's. */
    CommissioningRequest requestOf(VariableScope variables, String processInstanceId) {
        Object id = variables.getVariable(COMMISSION_ID);
        CommissioningRequest request =
                id instanceof Long requestId ? requests.findById(requestId).orElse(null) : null;
        if (request == null || !processInstanceId.equals(request.getProcessInstanceId())) {
            throw new InvalidInputException(
                    COMMISSION_ID, "This task does not belong to commissioning request " + id + ".");
        }
        return request;
    }

    /** Writes the request's details as the forms show them. Amounts are strings with two decimals, never doubles. */
    void write(VariableScope variables, CommissioningRequest request) {
        CommissioningDetails details = request.getDetails();
        variables.setVariable(COMMISSION_ID, request.getId());
        variables.setVariable("reference", request.getReference());
        variables.setVariable("clusterCode", request.getCluster().getCode());
        variables.setVariable("clusterName", request.getCluster().getName());
        variables.setVariable("financialYear", request.getFinancialYear().toString());
        variables.setVariable("category", details.getCategory().code());
        variables.setVariable("categoryLabel", details.getCategory().label());
        variables.setVariable("provider", details.getProvider());
        variables.setVariable("description", details.getDescription());
        variables.setVariable("startDate", details.getStartDate().toString());
        variables.setVariable("endDate", details.getEndDate().toString());
        variables.setVariable("amount", Money.plain(details.getAmount()));
        variables.setVariable("amountDisplay", Money.format(details.getAmount()));
        // The approval table compares whole pence, so its thresholds never pass through floating point.
        variables.setVariable(
                "amountInPence", details.getAmount().movePointRight(2).longValueExact());
        variables.setVariable(
                "schoolNames",
                request.getSchools().stream().map(School::getName).collect(Collectors.joining(", ")));
        writePriority(variables, request);
        variables.setVariable("submittedBy", request.getSubmittedBy());
        variables.setVariable("returnReason", request.getReturnReason() == null ? "" : request.getReturnReason());
    }

    /**
     * Writes the priority the request serves and the choices the amend form offers for the request's year. The
     * choices are a JSON variable because a task form lists only options that reach it as variables.
     */
    private void writePriority(VariableScope variables, CommissioningRequest request) {
        CommissioningDetails details = request.getDetails();
        FinancialYear year = request.getFinancialYear();
        Integer position = details.getPriorityPosition();
        variables.setVariable("priority", position == null ? PriorityChoices.NONE : year + "/" + position);
        variables.setVariable(
                "priorityLabel",
                priorities.describe(request.getCluster(), year, position, details.getNoPriorityReason()));
        variables.setVariable(
                "noPriorityReason", details.getNoPriorityReason() == null ? "" : details.getNoPriorityReason());
        variables.setVariable("priorityChoices", priorities.optionsVariable(request.getCluster(), year));
    }

    /** Writes the commission's open commitment, spend and any held invoice, for finance's form. */
    void writeSpending(VariableScope variables, CommissioningRequest request) {
        String reference = request.getReference();
        variables.setVariable("openCommitmentDisplay", Money.format(ledger.openCommitment(reference)));
        variables.setVariable("spentDisplay", Money.format(ledger.spent(reference)));
        PendingInvoice pending = request.getPendingInvoice();
        variables.setVariable("pendingInvoiceReference", pending == null ? "" : pending.getReference());
        variables.setVariable("pendingInvoiceDisplay", pending == null ? "" : Money.format(pending.getAmount()));
    }
}
