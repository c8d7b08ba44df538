package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * The fields of the capital bid form, read from the variables the start form or the revise task submitted. Reading
 * checks each field alone; {@link BidSubmission} checks them against the cluster, the round and the fund.
 */
record BidForm(String clusterCode, List<String> schoolCodes, BidDetails details, String priorityChoice) {

    static final int MAXIMUM_TITLE_LENGTH = 200;

    /** The fields a cluster lead may set when submitting; any other variable is rejected. */
    static final Set<String> FIELDS = Set.of(
            "clusterCode",
            "title",
            "provisionKind",
            "schools",
            "priority",
            "noPriorityReason",
            "amount",
            "matchFunding",
            "timetable",
            "outcomes");

    static BidForm read(VariableScope variables) {
        FormValues values = FormValues.of(variables);
        List<String> schoolCodes = values.codes("schools", "Schools");
        BidDetails details = new BidDetails(
                values.text("title", "Title", MAXIMUM_TITLE_LENGTH),
                ProvisionKind.fromCode("provisionKind", values.raw("provisionKind")),
                schoolCodes,
                BidPriority.read(values),
                Money.parsePositive("amount", "Amount", values.raw("amount")),
                matchFunding(values.raw("matchFunding")),
                values.text("timetable", "Timetable", FormValues.MAXIMUM_TEXT_LENGTH),
                values.text("outcomes", "Expected outcomes", FormValues.MAXIMUM_TEXT_LENGTH));
        return new BidForm(
                values.text("clusterCode", "Cluster", 40),
                schoolCodes,
                details,
                values.text("priority", "Cluster priority", 20));
    }

    /** Rejects variables that are not fields of the form, such as a decision a lead tries to set. */
    static void rejectUnknownFields(Set<String> submitted) {
        for (String name : submitted) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(
                        name, "'" + name + "' cannot be set on a capital bid; only the bid form's fields can.");
            }
        }
    }

    /** Match funding is optional and may be zero, never negative. */
    private static BigDecimal matchFunding(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal amount = Money.parse("matchFunding", "Match funding", raw);
        if (amount.signum() < 0) {
            throw new InvalidInputException(
                    "matchFunding", "Match funding " + Money.format(amount) + " is negative: give £0.00 for none.");
        }
        return amount;
    }
}
