package uk.gov.york.inclusion.capital;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.workflow.FormValues;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Complete listeners of the {@code capital-bid} user tasks. Each checks what the person submitted, records it through
 * a business service and clears the raw decision fields, so that a decision variable only ever comes from the task it
 * belongs to. A listener that raises leaves the task open and nothing saved.
 */
@Configuration(proxyBeanMethods = false)
class CapitalTaskListeners {

    /** Fields only an officer's, a panel member's or the Assistant Director's task may submit. */
    static final List<String> DECISION_FIELDS =
            List.of("checkDecision", "checkComment", "decision", "decisionReasons", "conditions", "reducedAmount");

    /** "Check capital bid": an inclusion officer accepts the bid for scoring or returns it for more information. */
    @Bean
    TaskListener checkCapitalBid(BidCheck check, BidVariables variables) {
        return task -> {
            CapitalBid bid = variables.bidOf(task, task.getProcessInstanceId());
            FormValues values = FormValues.of(task);
            Object decision = values.raw("checkDecision");
            if (!"accept".equals(decision) && !"return".equals(decision)) {
                throw new InvalidInputException(
                        "checkDecision",
                        "Decision is missing: choose accept for scoring or return for more information.");
            }
            boolean accept = "accept".equals(decision);
            check.check(bid, accept, values.optionalText("checkComment", "Comment", FormValues.MAXIMUM_TEXT_LENGTH));
            clear(task, "checkDecision", "checkComment");
            task.setVariable("checkOutcome", accept ? "accepted" : "returned");
            variables.write(task, bid);
        };
    }

    /** "Revise capital bid": the lead resubmits the bid with more information, or withdraws it. */
    @Bean
    TaskListener reviseCapitalBid(BidSubmission submission, BidVariables variables) {
        return task -> {
            for (String field : DECISION_FIELDS) {
                if (task.hasVariable(field)) {
                    throw new InvalidInputException(field, "'" + field + "' cannot be set by the bid's lead.");
                }
            }
            CapitalBid bid = variables.bidOf(task, task.getProcessInstanceId());
            String action = FormValues.of(task).text("reviseAction", "Resubmit or withdraw", 20);
            switch (action) {
                case "resubmit" -> submission.resubmit(bid, BidForm.read(task));
                case "withdraw" -> submission.withdraw(bid);
                default ->
                    throw new InvalidInputException(
                            "reviseAction", "Choose resubmit or withdraw, not '" + action + "'.");
            }
            task.removeVariable("reviseAction");
            task.setVariable("reviseOutcome", action);
            variables.write(task, bid);
        };
    }

    /**
     * "Score capital bid": one panel member's score. It writes only the member's own score row and the task's local
     * variables, never a variable of the process instance, so members completing at the same moment do not collide.
     */
    @Bean
    TaskListener scoreCapitalBid(PanelScoring scoring, BidVariables variables) {
        return task -> {
            CapitalBid bid = variables.bidOf(task, task.getProcessInstanceId());
            scoring.score(bid, String.valueOf(task.getVariable("panelMember")), ScoreCard.read(task));
        };
    }

    /** "Decide capital bid": the Assistant Director awards, defers or rejects a scored bid. */
    @Bean
    TaskListener decideCapitalBid(CapitalDecision decision, BidVariables variables) {
        return task -> {
            CapitalBid bid = variables.bidOf(task, task.getProcessInstanceId());
            DecisionForm form = DecisionForm.read(task);
            decision.decide(bid, form);
            clear(task, "decision", "decisionReasons", "conditions", "reducedAmount");
            task.setVariable("decisionRoute", form.outcome().route());
            variables.write(task, bid);
        };
    }

    /** "Record capital drawdown": finance records capital spent against the award, or closes it. */
    @Bean
    TaskListener recordCapitalDrawdown(AwardDrawdowns drawdowns, BidVariables variables) {
        return task -> {
            CapitalBid bid = variables.bidOf(task, task.getProcessInstanceId());
            FormValues values = FormValues.of(task);
            String action = values.text("drawdownAction", "Record a drawdown or close", 20);
            switch (action) {
                case "drawdown" ->
                    drawdowns.recordDrawdown(
                            bid,
                            values.text("drawdownReference", "Drawdown reference", 100),
                            Money.parsePositive("drawdownAmount", "Drawdown amount", values.raw("drawdownAmount")),
                            values.date("drawdownDate", "Drawdown date"));
                case "close" -> drawdowns.requireFinance(bid);
                default ->
                    throw new InvalidInputException(
                            "drawdownAction", "Choose drawdown or close, not '" + action + "'.");
            }
            clear(task, "drawdownAction", "drawdownReference", "drawdownAmount", "drawdownDate");
            task.setVariable("drawdownOutcome", action);
            variables.writeAward(task, bid);
        };
    }

    private static void clear(DelegateTask task, String... fields) {
        for (String field : fields) {
            task.removeVariable(field);
        }
    }
}
