package uk.gov.york.inclusion.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.budget.BudgetLedger;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.LedgerEntry;
import uk.gov.york.inclusion.budget.LedgerEntryKind;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** Walks the outreach-commissioning process from wait state to wait state, one path per test. */
@IntegrationTest
class OutreachCommissioningProcessTest {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    CommissioningScenario scenario;

    @Autowired
    TestData testData;

    @Autowired
    BudgetLedger ledger;

    @Autowired
    ClusterDirectory directory;

    @Autowired
    CommissioningRequests requests;

    @BeforeEach
    void resetData() {
        init(processEngine);
        testData.reset();
    }

    @Test
    void officerApprovalCommitsAmount() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(4500.5));

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(instance).task().hasCandidateGroup("inclusion-officers");
        assertThat(instance.getBusinessKey()).isEqualTo("COM-EAST-" + testData.openYear() + "-001");

        scenario.approve("officer", instance);

        assertThat(instance).isWaitingAt("Task_RecordSpend");
        assertThat(instance).task().hasCandidateGroup("finance");
        assertThat(eastPosition().committed()).isEqualByComparingTo("4500.50");
        assertThat(eastPosition().available()).isEqualByComparingTo("95499.50");
        assertThat(request(instance).getStatus()).isEqualTo(CommissioningStatus.COMMISSIONED);

        scenario.complete("finance", instance, "Task_RecordSpend", Map.of("spendAction", "close"));

        assertThat(instance).isEnded().hasPassed("EndEvent_CommissionClosed");
        assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");
        assertThat(eastPosition().available()).isEqualByComparingTo("100000.00");
        assertThat(request(instance).getStatus()).isEqualTo(CommissioningStatus.CLOSED);
    }

    @Test
    void directorApprovesAboveTenThousand() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(10000.01));

        scenario.approve("officer", instance);

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(instance).task().hasCandidateGroup("assistant-director");
        assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");

        scenario.approve("director", instance);

        assertThat(instance).isWaitingAt("Task_RecordSpend");
        assertThat(eastPosition().committed()).isEqualByComparingTo("10000.01");
    }

    @Test
    void exactlyTenThousandNeedsOnlyTheOfficer() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(10000));

        scenario.approve("officer", instance);

        assertThat(instance).isWaitingAt("Task_RecordSpend");
        assertThat(eastPosition().committed()).isEqualByComparingTo("10000.00");
    }

    @Test
    void shortFundsReturnToLead() {
        spendDownEastTo("1500.00");

        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(2000));

        assertThat(instance).isWaitingAt("Task_AmendRequest");
        assertThat(instance).task().hasCandidateGroup("cluster-east");
        assertThat((String) runtimeService.getVariable(instance.getId(), "returnReason"))
                .contains("£1,500.00");
        assertThat(request(instance).getStatus()).isEqualTo(CommissioningStatus.AWAITING_AMENDMENT);

        Map<String, Object> amended = scenario.eastRequest(1500);
        amended.put("amendAction", "resubmit");
        scenario.complete("lead-east", instance, "Task_AmendRequest", amended);

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(request(instance).getAmount()).isEqualByComparingTo("1500.00");
    }

    @Test
    void leadCanWithdrawARequestThatCameBack() {
        spendDownEastTo("100.00");
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(2000));

        scenario.complete("lead-east", instance, "Task_AmendRequest", Map.of("amendAction", "withdraw"));

        assertThat(instance).isEnded().hasPassed("EndEvent_RequestWithdrawn");
        assertThat(request(instance).getStatus()).isEqualTo(CommissioningStatus.WITHDRAWN);
    }

    @Test
    void returnedRequestIsAmendedAndReviewed() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));

        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "return", "reviewComment", "Name the sessions per school."));

        assertThat(instance).isWaitingAt("Task_AmendRequest");
        assertThat((String) runtimeService.getVariable(instance.getId(), "returnReason"))
                .isEqualTo("Name the sessions per school.");

        Map<String, Object> amended = scenario.eastRequest(3200);
        amended.put("description", "Two sessions a week at each school");
        amended.put("amendAction", "resubmit");
        scenario.complete("lead-east", instance, "Task_AmendRequest", amended);

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(request(instance).getDetails().getDescription()).isEqualTo("Two sessions a week at each school");
        assertThat(request(instance).getReviewRound()).isEqualTo(2);

        scenario.approve("officer", instance);

        assertThat(eastPosition().committed()).isEqualByComparingTo("3200.00");
    }

    @Test
    void rejectedRequestEndsWithoutMoney() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));

        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "reject", "reviewComment", "Already covered by the local authority."));

        assertThat(instance).isEnded().hasPassed("EndEvent_RequestRejected");
        assertThat(request(instance).getStatus()).isEqualTo(CommissioningStatus.REJECTED);
        assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");
    }

    @Test
    void returnOrRejectWithoutCommentIsRefused() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));

        assertThatThrownBy(() -> scenario.complete(
                        "officer", instance, "Task_ReviewRequest", Map.of("reviewDecision", "reject")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Comment is missing");

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
    }

    @Test
    void closingReleasesUnspentCommitment() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(5000));
        scenario.approve("officer", instance);

        recordInvoice(instance, "INV-1", 1200.25);
        recordInvoice(instance, "INV-2", 800);

        assertThat(instance).isWaitingAt("Task_RecordSpend");
        assertThat(eastPosition().spent()).isEqualByComparingTo("2000.25");
        assertThat(eastPosition().committed()).isEqualByComparingTo("2999.75");

        scenario.complete("finance", instance, "Task_RecordSpend", Map.of("spendAction", "close"));

        assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");
        assertThat(eastPosition().spent()).isEqualByComparingTo("2000.25");
        assertThat(eastPosition().available()).isEqualByComparingTo("97999.75");
        List<LedgerEntryKind> kinds =
                eastLedger().stream().map(LedgerEntry::getKind).toList();
        assertThat(kinds)
                .containsExactly(
                        LedgerEntryKind.COMMITMENT,
                        LedgerEntryKind.SPEND,
                        LedgerEntryKind.SPEND,
                        LedgerEntryKind.RELEASE);
        assertThat(eastLedger().get(3).getAmount()).isEqualByComparingTo("2999.75");
    }

    @Test
    void invoiceAboveTheCommitmentNeedsAFreshApproval() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(1000));
        scenario.approve("officer", instance);

        recordInvoice(instance, "INV-9", 1250);

        assertThat(instance).isWaitingAt("Task_ApproveAdditionalSpend");
        assertThat(eastPosition().spent()).isEqualByComparingTo("0.00");

        scenario.complete(
                "officer", instance, "Task_ApproveAdditionalSpend", Map.of("additionalSpendDecision", "approve"));

        assertThat(instance).isWaitingAt("Task_RecordSpend");
        assertThat(eastPosition().spent()).isEqualByComparingTo("1250.00");
        assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");
        assertThat(eastPosition().available()).isEqualByComparingTo("98750.00");
    }

    @Test
    void refusedExtraSpendRecordsNothing() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(1000));
        scenario.approve("officer", instance);
        recordInvoice(instance, "INV-9", 1250);

        scenario.complete(
                "officer",
                instance,
                "Task_ApproveAdditionalSpend",
                Map.of("additionalSpendDecision", "refuse", "additionalSpendComment", "Pay the agreed £1,000 only."));

        assertThat(instance).isWaitingAt("Task_RecordSpend");
        assertThat(eastPosition().spent()).isEqualByComparingTo("0.00");
        assertThat(eastPosition().committed()).isEqualByComparingTo("1000.00");
    }

    @Test
    void leadCannotReviewTheirOwnRequest() {
        testData.signIn("admin");
        processEngine.getIdentityService().createMembership("lead-east", "inclusion-officers");
        testData.signOut();
        try {
            ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));

            assertThatThrownBy(() -> scenario.approve("lead-east", instance))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("someone else must review it");

            assertThat(instance).isWaitingAt("Task_ReviewRequest");
            assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");
        } finally {
            processEngine.getIdentityService().deleteMembership("lead-east", "inclusion-officers");
        }
    }

    @Test
    void oneReviewerCannotApproveAtBothLevels() {
        processEngine.getIdentityService().createMembership("officer", "assistant-director");
        try {
            ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(20000));
            scenario.approve("officer", instance);

            assertThatThrownBy(() -> scenario.approve("officer", instance))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("already approved");

            assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");
        } finally {
            processEngine.getIdentityService().deleteMembership("officer", "assistant-director");
        }
    }

    @Test
    void startFormRejectsDecisionVariables() {
        Map<String, Object> form = scenario.eastRequest(3000);
        form.put("approved", true);

        assertThatThrownBy(() -> scenario.submit("lead-east", form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'approved' cannot be set");

        assertThat(requests.search("east", null, null)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void submitterCannotSetAReviewDecisionWhenAmending() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));
        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "return", "reviewComment", "Add detail."));
        Map<String, Object> amended = scenario.eastRequest(3000);
        amended.put("amendAction", "resubmit");
        amended.put("reviewDecision", "approve");

        assertThatThrownBy(() -> scenario.complete("lead-east", instance, "Task_AmendRequest", amended))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'reviewDecision' can only be set by a reviewer");

        assertThat(instance).isWaitingAt("Task_AmendRequest");
    }

    @Test
    void amountsArriveExactWhetherIntegerDoubleOrText() {
        ProcessInstance fromInteger = scenario.submit("lead-east", scenario.eastRequest(1000));
        ProcessInstance fromDouble = scenario.submit("lead-east", scenario.eastRequest(1000.1));
        ProcessInstance fromText = scenario.submit("lead-east", scenario.eastRequest("999.99"));

        assertThat(request(fromInteger).getAmount()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(request(fromDouble).getAmount()).isEqualTo(new BigDecimal("1000.10"));
        assertThat(request(fromText).getAmount()).isEqualTo(new BigDecimal("999.99"));
        assertThat(runtimeService.getVariable(fromDouble.getId(), "amount")).isEqualTo("1000.10");
    }

    @Test
    void sameInvoiceCannotBeRecordedTwice() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(1000));
        scenario.approve("officer", instance);
        recordInvoice(instance, "INV-1", 400);

        assertThatThrownBy(() -> recordInvoice(instance, "INV-1", 900))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already recorded");

        assertThat(instance).isWaitingAt("Task_RecordSpend");
        assertThat(eastPosition().spent()).isEqualByComparingTo("400.00");
    }

    @Test
    void amenderCannotApproveTheRequest() {
        IdentityService identity = processEngine.getIdentityService();
        User coLead = identity.newUser("lead-east-2");
        coLead.setPassword("demo");
        identity.saveUser(coLead);
        identity.createMembership("lead-east-2", "cluster-east");
        identity.createMembership("lead-east-2", "inclusion-officers");
        try {
            ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));
            scenario.complete(
                    "officer",
                    instance,
                    "Task_ReviewRequest",
                    Map.of("reviewDecision", "return", "reviewComment", "Lower the cost."));
            Map<String, Object> amended = scenario.eastRequest(2900);
            amended.put("amendAction", "resubmit");
            scenario.complete("lead-east-2", instance, "Task_AmendRequest", amended);

            assertThatThrownBy(() -> scenario.approve("lead-east-2", instance))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("You submitted or amended");

            assertThat(eastPosition().committed()).isEqualByComparingTo("0.00");
        } finally {
            identity.deleteUser("lead-east-2");
        }
    }

    @Test
    void reviewerCannotRedirectTheNextApproval() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(20000));

        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of(
                        "reviewDecision", "approve",
                        "approverGroups", List.of("inclusion-officers", "inclusion-officers"),
                        "approverGroup", "inclusion-officers"));

        assertThat(instance).isWaitingAt("Task_ReviewRequest");
        assertThat(instance).task().hasCandidateGroup("assistant-director");
    }

    @Test
    void amendmentCannotMoveTheRequestToAnotherYear() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(3000));
        scenario.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "return", "reviewComment", "Start later."));
        Map<String, Object> amended = scenario.eastRequest(3000);
        amended.put("startDate", testData.openYear().firstDay().minusDays(30).toString());
        amended.put("endDate", testData.openYear().firstDay().minusDays(20).toString());
        amended.put("amendAction", "resubmit");

        assertThatThrownBy(() -> scenario.complete("lead-east", instance, "Task_AmendRequest", amended))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("keep its dates in that year");
    }

    @Test
    void instanceStartedAtATaskSkippingListenersIsRejected() {
        long historyBefore = processEngine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .count();
        for (String activity :
                List.of("Task_RecordSpend", "Task_ApproveAdditionalSpend", "EndEvent_CommissionClosed")) {
            testData.signIn("lead-east");
            try {
                assertThatThrownBy(() -> runtimeService
                                .createProcessInstanceByKey(CommissioningScenario.PROCESS)
                                .startBeforeActivity(activity)
                                .setVariable("commissionId", 1L)
                                .execute(true, false))
                        .as(activity)
                        .isInstanceOf(InvalidInputException.class);
            } finally {
                testData.signOut();
            }
        }

        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
        assertThat(processEngine
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .count())
                .isEqualTo(historyBefore);
    }

    @Test
    void instanceStartedAtATaskIsRejected() {
        testData.signIn("lead-east");
        try {
            assertThatThrownBy(() -> runtimeService
                            .createProcessInstanceByKey(CommissioningScenario.PROCESS)
                            .startBeforeActivity("Task_AmendRequest")
                            .setVariables(Map.of("clusterCode", "west", "returnReason", "Please approve"))
                            .execute())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("does not belong to commissioning request");
        } finally {
            testData.signOut();
        }

        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void invoiceReferenceIsComparedIgnoringCase() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(1000));
        scenario.approve("officer", instance);
        recordInvoice(instance, "INV-DUP", 100);

        assertThatThrownBy(() -> recordInvoice(instance, " inv-dup ", 100))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already recorded");

        assertThat(eastPosition().spent()).isEqualByComparingTo("100.00");
    }

    @Test
    void invoiceDatedBeforeSubmissionIsRejected() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(1000));
        scenario.approve("officer", instance);
        Map<String, Object> invoice = Map.of(
                "spendAction",
                "invoice",
                "invoiceReference",
                "INV-OLD",
                "invoiceAmount",
                100,
                "invoiceDate",
                testData.today().minusDays(1).toString());

        assertThatThrownBy(() -> scenario.complete("finance", instance, "Task_RecordSpend", invoice))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before " + instance.getBusinessKey() + " was submitted");
    }

    @Test
    void invoiceDatedInTheFutureIsRejected() {
        ProcessInstance instance = scenario.submit("lead-east", scenario.eastRequest(1000));
        scenario.approve("officer", instance);
        Map<String, Object> invoice = Map.of(
                "spendAction",
                "invoice",
                "invoiceReference",
                "INV-5",
                "invoiceAmount",
                100,
                "invoiceDate",
                testData.today().plusDays(1).toString());

        assertThatThrownBy(() -> scenario.complete("finance", instance, "Task_RecordSpend", invoice))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is in the future");
    }

    private void recordInvoice(ProcessInstance instance, String reference, Object amount) {
        scenario.complete(
                "finance",
                instance,
                "Task_RecordSpend",
                Map.of(
                        "spendAction",
                        "invoice",
                        "invoiceReference",
                        reference,
                        "invoiceAmount",
                        amount,
                        "invoiceDate",
                        testData.today().toString()));
    }

    /** Commits and spends East's money through another request until {@code available} is left. */
    private void spendDownEastTo(String available) {
        BigDecimal amount = new BigDecimal("100000.00").subtract(new BigDecimal(available));
        ProcessInstance other = scenario.submit("lead-east", scenario.eastRequest(amount.toPlainString()));
        scenario.approve("officer", other);
        if (amount.compareTo(new BigDecimal("10000")) > 0) {
            scenario.approve("director", other);
        }
        assertThat(eastPosition().available()).isEqualByComparingTo(available);
    }

    private CommissioningRequest request(ProcessInstance instance) {
        return requests.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private BudgetPosition eastPosition() {
        return ledger.position(directory.require("cluster", "east"), testData.openYear());
    }

    private List<LedgerEntry> eastLedger() {
        return ledger.entries(directory.require("cluster", "east"), testData.openYear());
    }
}
