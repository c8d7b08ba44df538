package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.york.inclusion.capital.CapitalScenario.GOOD_SCORE;
import static uk.gov.york.inclusion.capital.CapitalScenario.bidForm;
import static uk.gov.york.inclusion.capital.CapitalScenario.decision;
import static uk.gov.york.inclusion.capital.CapitalScenario.score;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** Bad input to capital bids: each is rejected with a message naming the field, and nothing is saved. */
@IntegrationTest
class CapitalBidValidationTest {

    private static final ScoreCard CARD = new ScoreCard(4, 4, 3, 4, 3, Recommendation.FUND, "Clear need.");

    @Autowired
    private CapitalScenario scenario;

    @Autowired
    private PrioritiesScenario plans;

    @Autowired
    private TestData testData;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private PanelScoring scoring;

    @Autowired
    private CapitalDecision decisions;

    @BeforeEach
    void reset() {
        testData.reset();
    }

    @Test
    void bidOutsideOpenRoundIsRejected() {
        assertThatThrownBy(() -> scenario.submit("east", "tang-hall", "1000.00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("No capital bidding round is open");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void bidAfterRoundClosedIsRejected() {
        scenario.openRound("100000.00");
        String first = scenario.submit("east", "tang-hall", "1000.00");
        scenario.accept(first);
        scenario.closeRound(first);

        assertThatThrownBy(() -> scenario.submit("north", "lakeside", "1000.00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("No capital bidding round is open");
    }

    @Test
    void amountOverTheWholeFundIsRejected() {
        scenario.openRound("100000.00");

        assertThatThrownBy(() -> scenario.submit("east", "tang-hall", "100000.01"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than the whole")
                .hasMessageContaining("£100,000.00");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void priorityNoneWithoutReasonIsRejected() {
        scenario.openRound("100000.00");
        Map<String, Object> form = bidForm("east", "tang-hall", "1000.00");
        form.remove("noPriorityReason");

        assertThatThrownBy(() -> scenario.submit("east", form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Why no cluster priority is missing");
    }

    @Test
    void malformedPriorityIsRejected() {
        scenario.openRound("100000.00");
        Map<String, Object> form = bidForm("east", "tang-hall", "1000.00");
        form.put("priority", "third");

        assertThatThrownBy(() -> scenario.submit("east", form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Cluster priority 'third' is not valid");
    }

    @Test
    void priorityWithoutApprovedPlanIsRejected() {
        scenario.openRound("100000.00");
        Map<String, Object> form = bidForm("east", "tang-hall", "1000.00");
        form.put("priority", testData.openYear() + "/3");

        assertThatThrownBy(() -> scenario.submit("east", form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has no approved priority plan for " + testData.openYear());
    }

    @Test
    void plannedPriorityIsStored() {
        scenario.openRound("100000.00");
        plans.approveEastPlan(3);
        Map<String, Object> form = bidForm("east", "tang-hall", "1000.00");
        form.put("priority", testData.openYear() + "/3");

        String bid = scenario.submit("east", form);

        assertThat(scenario.bidOf(bid).getDetails().getPriority()).isEqualTo(new BidPriority(3, null));
    }

    @Test
    void priorityMissingFromPlanIsRejected() {
        scenario.openRound("100000.00");
        plans.approveEastPlan(2);
        Map<String, Object> form = bidForm("east", "tang-hall", "1000.00");
        form.put("priority", testData.openYear() + "/3");

        assertThatThrownBy(() -> scenario.submit("east", form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Cluster priority 3 is not in");
    }

    @Test
    void leadOfAnotherClusterCannotBid() {
        scenario.openRound("100000.00");

        assertThatThrownBy(() -> scenario.submit("east", bidForm("north", "lakeside", "1000.00")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Only a lead of the North cluster");
    }

    @Test
    void scoreOutsideOneToFiveIsRejected() {
        scenario.openRound("100000.00");
        String bid = scenario.submitToPanel("east", "tang-hall", "1000.00");

        for (String mark : new String[] {"0", "6", "3.5", "high"}) {
            assertThatThrownBy(() -> scenario.score("panel-1", bid, score(mark, "3", "3", "3", "3", "fund")))
                    .as("mark " + mark)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Need and evidence");
        }

        assertThat(scenario.scoringTask("panel-1", bid))
                .as("panel-1's task, still open")
                .isNotNull();
        assertThat(scoring.currentScores(scenario.bidOf(bid))).isEmpty();
    }

    @Test
    void panelMemberCannotScoreTwice() {
        scenario.openRound("100000.00");
        String bid = scenario.submitToPanel("east", "tang-hall", "1000.00");
        scenario.score("panel-1", bid, GOOD_SCORE);

        assertThatThrownBy(() -> scenario.as("panel-1", () -> {
                    scoring.score(scenario.bidOf(bid), "panel-1", CARD);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("panel-1 has already scored");
        assertThat(scoring.currentScores(scenario.bidOf(bid))).hasSize(1);
    }

    @Test
    void panelMemberFromBiddingClusterCannotScore() {
        scenario.openRound("100000.00");
        String bid = scenario.submitToPanel("west", "woodthorpe", "1000.00");

        assertThatThrownBy(() -> scenario.as("panel-3", () -> {
                    scoring.score(scenario.bidOf(bid), "panel-3", CARD);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("You work in the West cluster");
        assertThat(scoring.currentScores(scenario.bidOf(bid))).isEmpty();
    }

    @Test
    void decisionOnUnscoredBidIsRejected() {
        scenario.openRound("100000.00");
        String bid = scenario.submitToPanel("east", "tang-hall", "1000.00");

        assertThatThrownBy(() -> scenario.as("director", () -> {
                    decisions.decide(
                            scenario.bidOf(bid),
                            new DecisionForm(DecisionOutcome.AWARD_IN_FULL, null, null, "Looks good."));
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has not been scored");
        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.SCORING);
    }

    @Test
    void awardOverAvailableIsRejected() {
        scenario.openRound("50000.00");
        List<String> bids = scenario.submitAllToPanel(
                List.of(bidForm("east", "tang-hall", "30000.00"), bidForm("north", "lakeside", "30000.00")));
        String first = bids.get(0);
        String second = bids.get(1);
        scenario.scoreByWholePanel(first, GOOD_SCORE);
        scenario.scoreByWholePanel(second, GOOD_SCORE);
        scenario.decide(first, decision("award", "Strong bid."));

        assertThatThrownBy(() -> scenario.decide(second, decision("award", "Also strong.")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has £20,000.00 available");

        assertThat(scenario.hasOpenTask(second, "Task_DecideBid")).isTrue();
        assertThat(scenario.bidOf(second).getStatus()).isEqualTo(BidStatus.SCORED);
        assertThat(scenario.fundPosition().available()).isEqualByComparingTo("20000.00");
    }

    @Test
    void reducedAmountNotBelowBidIsRejected() {
        scenario.openRound("100000.00");
        String bid = scenario.submitToPanel("east", "tang-hall", "30000.00");
        scenario.scoreByWholePanel(bid, GOOD_SCORE);
        Map<String, Object> form = decision("award-reduced", "Phase it.");
        form.put("reducedAmount", "30000.00");

        assertThatThrownBy(() -> scenario.decide(bid, form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not less than");
        assertThat(scenario.fundPosition().awarded()).isEqualByComparingTo("0.00");
    }
}
