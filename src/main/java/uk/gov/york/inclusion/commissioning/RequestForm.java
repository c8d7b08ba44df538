package uk.gov.york.inclusion.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.priorities.PriorityLink;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * The fields of the commissioning request form, read from the variables a start form or the amend task submitted.
 * Reading checks each field alone; {@link RequestRegistration} checks them against the cluster and its budget.
 */
record RequestForm(
        String clusterCode,
        CommissioningCategory category,
        String provider,
        String description,
        List<String> schoolCodes,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal amount,
        String priority,
        String noPriorityReason) {

    static final int MAXIMUM_PROVIDER_LENGTH = 200;

    /** The fields a cluster lead may set when submitting; any other variable is refused. */
    static final Set<String> FIELDS = Set.of(
            "clusterCode",
            "category",
            "provider",
            "description",
            "schools",
            "startDate",
            "endDate",
            "amount",
            "priority",
            "noPriorityReason");

    static RequestForm read(VariableScope variables) {
        FormValues values = FormValues.of(variables);
        LocalDate startDate = values.date("startDate", "Start date");
        LocalDate endDate = values.date("endDate", "End date");
        if (endDate.isBefore(startDate)) {
            throw new InvalidInputException(
                    "endDate", "End date " + endDate + " is before the start date " + startDate + ".");
        }
        return new RequestForm(
                values.text("clusterCode", "Cluster", 40),
                CommissioningCategory.fromCode("category", values.raw("category")),
                values.text("provider", "Provider", MAXIMUM_PROVIDER_LENGTH),
                values.text("description", "What will be delivered", FormValues.MAXIMUM_TEXT_LENGTH),
                values.codes("schools", "Schools"),
                startDate,
                endDate,
                Money.parsePositive("amount", "Amount", values.raw("amount")),
                values.optionalText("priority", "Priority", 40),
                values.optionalText("noPriorityReason", "Reason for no priority", FormValues.MAXIMUM_TEXT_LENGTH));
    }

    /** Refuses variables that are not fields of the form, such as a decision a submitter tries to set. */
    static void rejectUnknownFields(Set<String> submitted) {
        for (String name : submitted) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(
                        name,
                        "'" + name + "' cannot be set on a commissioning request; only"
                                + " the request form's fields can.");
            }
        }
    }

    /** Returns the details to store, with the priority link the registration checked against the approved plan. */
    CommissioningDetails details(PriorityLink priorityLink) {
        return new CommissioningDetails(category, provider, description, startDate, endDate, amount, priorityLink);
    }
}
