package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The fields of the Assistant Director's decision form, each checked alone. */
record DecisionForm(DecisionOutcome outcome, BigDecimal reducedAmount, String conditions, String reasons) {

    static DecisionForm read(VariableScope variables) {
        FormValues values = FormValues.of(variables);
        DecisionOutcome outcome = DecisionOutcome.fromCode("decision", values.raw("decision"));
        String reasons = values.optionalText("decisionReasons", "Reasons", FormValues.MAXIMUM_TEXT_LENGTH);
        if (reasons == null) {
            throw new InvalidInputException("decisionReasons", "Reasons are missing: say why you decided so.");
        }
        String conditions = values.optionalText("conditions", "Conditions", FormValues.MAXIMUM_TEXT_LENGTH);
        if (outcome == DecisionOutcome.AWARD_WITH_CONDITIONS && conditions == null) {
            throw new InvalidInputException("conditions", "Conditions are missing: give the conditions of the award.");
        }
        BigDecimal reduced = null;
        if (outcome == DecisionOutcome.AWARD_REDUCED) {
            reduced = Money.parsePositive("reducedAmount", "Reduced amount", values.raw("reducedAmount"));
        }
        return new DecisionForm(
                outcome, reduced, outcome == DecisionOutcome.AWARD_WITH_CONDITIONS ? conditions : null, reasons);
    }
}
