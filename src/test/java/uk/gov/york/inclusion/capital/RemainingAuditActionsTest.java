package uk.gov.york.inclusion.capital;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.audit.AuditEvent;
import uk.gov.york.inclusion.audit.AuditEvents;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/** The audit actions that the life tests do not pass through: spend above a commitment, plan and bid returns. */
@IntegrationTest
class RemainingAuditActionsTest {

    @Autowired
    private CommissioningFlow flow;

    @Autowired
    private PrioritiesScenario plans;

    @Autowired
    private CapitalScenario capital;

    @Autowired
    private AuditEvents events;

    @Autowired
    private TestData testData;

    @BeforeEach
    void resetData() {
        testData.reset();
    }

    @Test
    void spendAboveCommitmentIsRecorded() {
        String id = flow.submit("east", "tang-hall", "1000.00").getId();
        String reference = flow.reference(id);
        flow.approve("officer", id);
        flow.recordInvoice(id, "INV-12", "1200.00", testData.today());
        flow.completeTask("officer", id, "Task_ApproveAdditionalSpend", Map.of("additionalSpendDecision", "approve"));

        assertThat(actions(reference))
                .containsSubsequence(
                        "funds committed",
                        "invoice held",
                        "funds committed",
                        "spend recorded",
                        "additional spend approved");
        assertThat(event(reference, "invoice held").getDetail())
                .isEqualTo("INV-12 for £1,200.00, above the £1,000.00 still committed");
    }

    @Test
    void planReturnRevisionAndSupersessionAreRecorded() {
        ProcessInstance first = plans.approveEastPlan(1);
        ProcessInstance second = plans.start("lead-east", plans.eastPlan(1));
        plans.agree("head-east-1", second);
        plans.agree("head-east-2", second);
        plans.complete(
                "officer", second, "Task_ReviewPlan", Map.of("planDecision", "return", "planComment", "Aim higher."));
        Map<String, Object> revised = plans.eastPlan(1);
        revised.put("priority1Target", "15");
        revised.put("reviseAction", "resubmit");
        plans.complete("lead-east", second, "Task_RevisePlan", revised);
        plans.agree("head-east-1", second);
        plans.agree("head-east-2", second);
        plans.complete("officer", second, "Task_ReviewPlan", Map.of("planDecision", "approve"));

        assertThat(actions(second.getBusinessKey()))
                .containsSubsequence("plan review returned", "plan revised", "plan review approved", "plan approved");
        assertThat(event(second.getBusinessKey(), "plan revised").getDetail())
                .isEqualTo("revision 2: Priority 1: target changed.");
        assertThat(event(first.getBusinessKey(), "plan superseded").getDetail())
                .isEqualTo("by " + second.getBusinessKey());
    }

    @Test
    void bidReturnDrawdownAndClosingAreRecorded() {
        capital.openRound("100000.00");
        String bid = capital.submit("east", "tang-hall", "40000.00");
        String reference = capital.bidOf(bid).getReference();
        capital.complete(
                "officer", bid, "Task_CheckBid", Map.of("checkDecision", "return", "checkComment", "Add a quote."));
        Map<String, Object> revised = CapitalScenario.bidForm("east", "tang-hall", "42000.00");
        revised.put("reviseAction", "resubmit");
        capital.complete("lead-east", bid, "Task_ReviseBid", revised);
        capital.accept(bid);
        capital.closeRound(bid);
        capital.scoreByWholePanel(bid, CapitalScenario.score("4", "4", "4", "4", "4", "fund"));
        capital.decide(bid, CapitalScenario.decision("award", "Clear need."));
        Map<String, Object> drawdown = new HashMap<>();
        drawdown.put("drawdownAction", "drawdown");
        drawdown.put("drawdownReference", "DD-7");
        drawdown.put("drawdownAmount", "10000.00");
        drawdown.put("drawdownDate", testData.today().toString());
        capital.complete("finance", bid, "Task_RecordDrawdown", drawdown);
        capital.complete("finance", bid, "Task_RecordDrawdown", Map.of("drawdownAction", "close"));

        assertThat(actions(reference))
                .containsSubsequence(
                        "bid submitted",
                        "bid returned",
                        "bid resubmitted",
                        "bid accepted for scoring",
                        "capital awarded",
                        "capital drawn down",
                        "capital released",
                        "award closed");
        assertThat(event(reference, "bid returned").getDetail()).isEqualTo("version 1: Add a quote.");
        assertThat(actions("capital-fund/" + testData.openYear())).containsExactly("capital fund set");
        assertThat(actions(testData.openYear() + " round 1")).containsExactly("bidding round opened");
    }

    private List<String> actions(String subject) {
        return events.findBySubjectOrderById(subject).stream()
                .map(AuditEvent::getAction)
                .toList();
    }

    private AuditEvent event(String subject, String action) {
        return events.findBySubjectOrderById(subject).stream()
                .filter(event -> event.getAction().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No '" + action + "' in the audit trail of " + subject));
    }
}
