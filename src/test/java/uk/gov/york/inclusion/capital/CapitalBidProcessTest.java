package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.york.inclusion.capital.CapitalScenario.GOOD_SCORE;
import static uk.gov.york.inclusion.capital.CapitalScenario.decision;
import static uk.gov.york.inclusion.capital.CapitalScenario.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** Walks capital bids through {@code capital-bid} from wait state to wait state, one path per test. */
@IntegrationTest
class CapitalBidProcessTest {

    @Autowired
    private CapitalScenario scenario;

    @Autowired
    private TestData testData;

    @Autowired
    private TaskService taskService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private BidVersions versions;

    @Autowired
    private BidDecisions decisions;

    @Autowired
    private TransactionTemplate transaction;

    @BeforeEach
    void reset() {
        testData.reset();
        scenario.openRound("100000.00");
    }

    @Test
    void awardedBidIsDrawnDownAndClosed() {
        String bid = scenario.submitToPanel("east", "tang-hall", "40000.00");
        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.SCORING);
        assertThat(scenario.bidOf(bid).getRound().getClosedAt()).isNotNull();

        scenario.score("panel-1", bid, score("5", "5", "4", "4", "4", "fund"));
        scenario.score("panel-2", bid, score("4", "4", "4", "3", "3", "fund"));
        scenario.score("panel-3", bid, score("3", "3", "3", "3", "3", "fund"));

        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.SCORED);
        assertThat(runtimeService.getVariable(bid, "meanScore")).isEqualTo("18.33 out of 25");
        assertThat(runtimeService.getVariable(bid, "panelRecommendation")).isEqualTo("fund");
        assertThat((String) runtimeService.getVariable(bid, "roundRanking")).startsWith("1. CAP-EAST-");

        scenario.decide(bid, decision("award", "Strong need and a realistic plan."));
        assertThat(scenario.fundPosition().awarded()).isEqualByComparingTo("40000.00");
        assertThat(scenario.fundPosition().available()).isEqualByComparingTo("60000.00");

        Map<String, Object> drawdown = new HashMap<>();
        drawdown.put("drawdownAction", "drawdown");
        drawdown.put("drawdownReference", "DD-1");
        drawdown.put("drawdownAmount", 25000.5);
        drawdown.put("drawdownDate", testData.today().toString());
        scenario.complete("finance", bid, "Task_RecordDrawdown", drawdown);
        scenario.complete("finance", bid, "Task_RecordDrawdown", Map.of("drawdownAction", "close"));

        FundPosition position = scenario.fundPosition();
        assertThat(position.spent()).isEqualByComparingTo("25000.50");
        assertThat(position.awarded()).isEqualByComparingTo("0.00");
        assertThat(position.available()).isEqualByComparingTo("74999.50");
        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.CLOSED);
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(bid)
                        .activityId("EndEvent_AwardClosed")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void returnedBidIsResubmittedAndKeepsBothVersions() {
        String bid = scenario.submit("east", "tang-hall", "40000.00");
        scenario.complete(
                "officer",
                bid,
                "Task_CheckBid",
                Map.of("checkDecision", "return", "checkComment", "Add the builder's quote."));
        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.RETURNED);
        assertThat(runtimeService.getVariable(bid, "returnReason")).isEqualTo("Add the builder's quote.");

        Map<String, Object> revised = CapitalScenario.bidForm("east", "tang-hall,osbaldwick", "42000.00");
        revised.put("reviseAction", "resubmit");
        scenario.complete("lead-east", bid, "Task_ReviseBid", revised);
        scenario.accept(bid);

        CapitalBid current = scenario.bidOf(bid);
        assertThat(current.getVersion()).isEqualTo(2);
        assertThat(current.getAmount()).isEqualByComparingTo("42000.00");
        List<BidVersion> versionsKept = transaction.execute(status -> versions.findByBidOrderByVersion(current));
        assertThat(versionsKept).extracting(BidVersion::getVersion).containsExactly(1, 2);
        assertThat(versionsKept.get(0).getDetails().getAmount()).isEqualByComparingTo("40000.00");
        assertThat(versionsKept.get(1).getDetails().getSchoolCodes()).containsExactly("tang-hall", "osbaldwick");
        assertThat(scenario.hasOpenTask(bid, "Task_CheckBid")).isFalse();
        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.ACCEPTED);
    }

    @Test
    void deferredBidScoredInNextRound() {
        String bid = scenario.submitToPanel("east", "tang-hall", "40000.00");
        scenario.scoreByWholePanel(bid, GOOD_SCORE);
        scenario.decide(bid, decision("defer", "Wait for the cluster's plan."));
        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.DEFERRED);
        Long firstRound = scenario.bidOf(bid).getRound().getId();

        CapitalRound next = scenario.openRound("100000.00");

        CapitalBid moved = scenario.bidOf(bid);
        assertThat(moved.getRound().getId()).isEqualTo(next.getId()).isNotEqualTo(firstRound);
        assertThat(moved.getStatus()).isEqualTo(BidStatus.ACCEPTED);
        scenario.closeRound(bid);
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(bid)
                        .taskDefinitionKey("Task_ScoreBid")
                        .count())
                .as("scoring tasks in the next round")
                .isEqualTo(3);
        scenario.scoreByWholePanel(bid, score("2", "2", "2", "2", "2", "do-not-fund"));
        assertThat(runtimeService.getVariable(bid, "meanScore")).isEqualTo("10.00 out of 25");
        assertThat(runtimeService.getVariable(bid, "panelRecommendation")).isEqualTo("do-not-fund");
    }

    @Test
    void reducedAwardTakesOnlyTheReducedAmount() {
        String bid = scenario.submitToPanel("east", "tang-hall", "40000.00");
        scenario.scoreByWholePanel(bid, GOOD_SCORE);

        Map<String, Object> form = decision("award-reduced", "The fit-out can be phased.");
        form.put("reducedAmount", 30000);
        scenario.decide(bid, form);

        assertThat(scenario.fundPosition().awarded()).isEqualByComparingTo("30000.00");
        assertThat(scenario.hasOpenTask(bid, "Task_RecordDrawdown")).isTrue();
        BidDecision recorded = transaction.execute(
                status -> decisions.findByBidOrderById(scenario.bidOf(bid)).get(0));
        assertThat(recorded.getOutcome()).isEqualTo(DecisionOutcome.AWARD_REDUCED);
        assertThat(recorded.getAmount()).isEqualByComparingTo("30000.00");
    }

    @Test
    void awardWithConditionsRecordsTheConditions() {
        String bid = scenario.submitToPanel("east", "tang-hall", "40000.00");
        scenario.scoreByWholePanel(bid, GOOD_SCORE);

        Map<String, Object> form = decision("award-with-conditions", "Good value.");
        form.put("conditions", "Planning permission before the first drawdown.");
        scenario.decide(bid, form);

        BidDecision recorded = transaction.execute(
                status -> decisions.findByBidOrderById(scenario.bidOf(bid)).get(0));
        assertThat(recorded.getConditions()).isEqualTo("Planning permission before the first drawdown.");
        assertThat(scenario.fundPosition().awarded()).isEqualByComparingTo("40000.00");
    }

    @Test
    void rejectedBidEndsWithoutAward() {
        String bid = scenario.submitToPanel("east", "tang-hall", "40000.00");
        scenario.score("panel-1", bid, score("2", "1", "2", "2", "1", "do-not-fund"));
        scenario.score("panel-2", bid, score("3", "2", "2", "3", "2", "fund-with-conditions"));
        scenario.score("panel-3", bid, score("2", "2", "2", "2", "2", "do-not-fund"));
        assertThat(runtimeService.getVariable(bid, "panelRecommendation")).isEqualTo("mixed");

        scenario.decide(bid, decision("reject", "The need is not shown."));

        assertThat(scenario.bidOf(bid).getStatus()).isEqualTo(BidStatus.REJECTED);
        assertThat(scenario.fundPosition().awarded()).isEqualByComparingTo("0.00");
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(bid)
                        .activityId("EndEvent_BidRejected")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void westBidSkipsWestPanelMember() {
        String bid = scenario.submitToPanel("west", "woodthorpe", "40000.00");

        List<String> scorers =
                taskService.createTaskQuery().processInstanceId(bid).taskDefinitionKey("Task_ScoreBid").list().stream()
                        .map(Task::getAssignee)
                        .sorted()
                        .toList();
        assertThat(scorers).containsExactly("panel-1", "panel-2");
    }
}
