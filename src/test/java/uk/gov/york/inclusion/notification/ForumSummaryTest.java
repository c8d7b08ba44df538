package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.york.inclusion.capital.CapitalScenario.GOOD_SCORE;
import static uk.gov.york.inclusion.capital.CapitalScenario.decision;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.capital.CapitalFundLedger;
import uk.gov.york.inclusion.capital.CapitalScenario;
import uk.gov.york.inclusion.commissioning.CommissioningScenario;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.Mailbox;
import uk.gov.york.inclusion.support.Mailbox.Received;
import uk.gov.york.inclusion.support.TestData;

@IntegrationTest
class ForumSummaryTest {

    private static final String FORUM = "schools-forum@inclusion.example";

    @Autowired
    TestData testData;

    @Autowired
    CommissioningScenario commissioning;

    @Autowired
    Mailbox mailbox;

    @Autowired
    CommissioningFlow flow;

    @Autowired
    PrioritiesScenario priorities;

    @Autowired
    FormService formService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ForumSummarySchedule schedule;

    @Autowired
    CapitalScenario capital;

    @Autowired
    CapitalFundLedger capitalFund;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void reset() {
        testData.reset();
        mailbox.clear();
    }

    @Test
    void officerSendsSummaryFromTasklist() throws Exception {
        ProcessInstance approved = commissioning.submit("lead-east", commissioning.eastRequest("12500.00"));
        commissioning.approve("officer", approved);
        commissioning.approve("director", approved);
        var waiting = commissioning.eastRequest("750.50");
        waiting.put("clusterCode", "east");
        commissioning.submit("lead-east", waiting);

        requestSummary("officer");
        mailbox.deliver();

        List<Received> summaries = mailbox.receivedBy(FORUM);
        assertThat(summaries).hasSize(1);
        Received summary = summaries.get(0);
        assertThat(summary.subject()).startsWith("Schools Forum summary: inclusion clusters, ");
        assertThat(summary.html())
                .contains("Budget position by cluster")
                .contains("£100,000.00")
                .contains("Commissioning decisions")
                .contains("Waiting for review")
                .contains("£750.50")
                .contains("Priority plans approved")
                .contains("No priority plans approved in this period.");
        assertThat(summary.text()).contains("Approved").contains("£12,500.00");
    }

    @Test
    void secondSummaryShowsTheChangeSinceTheFirst() {
        requestSummary("officer");
        ProcessInstance approved = commissioning.submit("lead-east", commissioning.eastRequest("2000.00"));
        commissioning.approve("officer", approved);
        mailbox.deliver();
        mailbox.clear();

        requestSummary("officer");
        mailbox.deliver();

        Received second = mailbox.receivedBy(FORUM).get(0);
        String year = testData.openYear().toString();
        assertThat(second.text())
                .contains("East: Year " + year + "; Allocation £100,000.00; Committed £2,000.00; Spent £0.00; "
                        + "Available £98,000.00; Change in available \u2212£2,000.00");
        assertThat(second.text())
                .contains("North: Year " + year + "; Allocation £100,000.00; Committed £0.00; Spent £0.00; "
                        + "Available £100,000.00; Change in available £0.00");
    }

    @Test
    void capitalFundMatchesItsLedger() {
        FinancialYear currentYear = FinancialYear.containing(testData.today());
        transaction.executeWithoutResult(
                status -> capitalFund.setAllocation(currentYear, new BigDecimal("30000.00"), "admin"));
        capital.openRound("100000.00");
        String bid = scoredBid("east", "tang-hall", "40000.00");
        capital.decide(bid, decision("award", "Strong need and a realistic plan."));
        capital.complete("finance", bid, "Task_RecordDrawdown", drawdown("DD-1", 15000.5));

        requestSummary("officer");
        mailbox.deliver();

        Received summary = mailbox.receivedBy(FORUM).get(0);
        assertThat(summary.html()).contains("Capital fund").contains("Capital decisions");
        assertThat(summary.text())
                .contains(currentYear + ": Allocation £30,000.00; Awarded £0.00; Spent £0.00; Available £30,000.00");
        assertThat(summary.text())
                .contains(testData.openYear() + ": Allocation £100,000.00; Awarded £24,999.50; Spent £15,000.50; "
                        + "Available £60,000.00");
    }

    @Test
    void capitalDecisionsSinceLastSummaryWithPriority() {
        priorities.approveEastPlan(2);
        String year = testData.openYear().toString();
        capital.openRound("100000.00");
        Map<String, Object> withPriority = CapitalScenario.bidForm("east", "osbaldwick", "12500.00");
        withPriority.put("priority", year + "/2");
        withPriority.remove("noPriorityReason");
        Map<String, Object> toDefer = CapitalScenario.bidForm("east", "tang-hall", "40000.00");
        toDefer.put("priority", year + "/1");
        toDefer.remove("noPriorityReason");
        List<String> bids = capital.submitAllToPanel(List.of(toDefer, withPriority));
        bids.forEach(bid -> capital.scoreByWholePanel(bid, GOOD_SCORE));
        capital.decide(bids.get(0), decision("defer", "Stronger bids in this round."));
        requestSummary("officer");
        Map<String, Object> reduced = decision("award-reduced", "The fund covers the building work only.");
        reduced.put("reducedAmount", "9000.00");
        capital.decide(bids.get(1), reduced);
        mailbox.deliver();
        mailbox.clear();

        requestSummary("officer");
        mailbox.deliver();

        Received second = mailbox.receivedBy(FORUM).get(0);
        String deferred = capital.bidOf(bids.get(0)).getReference();
        String awarded = capital.bidOf(bids.get(1)).getReference();
        assertThat(second.text())
                .contains(awarded + ": Cluster East; Priority " + year
                        + " priority 2, Social, emotional and mental health: Persistent absence rate (%); "
                        + "Decision Award a reduced amount; Decided by director; Date ");
        assertThat(second.text()).contains("Bid for £12,500.00; Awarded £9,000.00");
        assertThat(second.text()).doesNotContain(deferred + ": Cluster East");
        assertThat(second.text()).contains(year + ": Allocation £100,000.00; Awarded £9,000.00; Spent £0.00");
    }

    @Test
    void commissioningDecisionsNameThePriority() {
        priorities.approveEastPlan(1);
        String year = testData.openYear().toString();
        Map<String, Object> form = commissioning.eastRequest("2000.00");
        form.put("priority", year + "/1");
        form.remove("noPriorityReason");
        ProcessInstance withPriority = commissioning.submit("lead-east", form);
        commissioning.approve("officer", withPriority);
        String withoutPriority =
                flow.submit("south-york", "fishergate", "950.00").getId();
        flow.completeTask(
                "officer",
                withoutPriority,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "reject", "reviewComment", "Already funded."));

        requestSummary("officer");
        mailbox.deliver();

        Received summary = mailbox.receivedBy(FORUM).get(0);
        assertThat(summary.text())
                .contains("Category SEMH outreach; Priority " + year
                        + " priority 1, Attendance: Persistent absence rate (%); Decision Approved");
        assertThat(summary.text())
                .contains("Priority None yet: The cluster's plan for the year is still being agreed.; "
                        + "Decision Rejected");
    }

    /** Builds a month with every kind of entry and writes the summary to target/ for the picture in docs/. */
    @Test
    void summaryOfABusyMonth() throws Exception {
        capital.openRound("250000.00");
        List<String> bids = capital.submitAllToPanel(List.of(
                CapitalScenario.bidForm("east", "tang-hall", "40000.00"),
                CapitalScenario.bidForm("north", "clifton-with-rawcliffe", "18500.00")));
        bids.forEach(bid -> capital.scoreByWholePanel(bid, GOOD_SCORE));
        requestSummary("officer");
        ProcessInstance approved = commissioning.submit("lead-east", commissioning.eastRequest("12500.00"));
        commissioning.approve("officer", approved);
        commissioning.approve("director", approved);
        String returned = flow.submit("north", "clifton-with-rawcliffe,lakeside", "3200.00")
                .getId();
        flow.returnToLead("officer", returned, "Please split the training days by school.");
        String rejected = flow.submit("south-york", "fishergate", "950.00").getId();
        flow.completeTask(
                "officer",
                rejected,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "reject", "reviewComment", "Already funded by the local authority."));
        flow.submit("south-york", "wheldrake", "4750.25");
        ProcessInstance plan = priorities.start("lead-east", priorities.eastPlan(3));
        priorities.agree("head-east-1", plan);
        priorities.agree("head-east-2", plan);
        priorities.complete("officer", plan, "Task_ReviewPlan", Map.of("planDecision", "approve"));
        capital.decide(bids.get(0), decision("award", "Strong need and a realistic plan."));
        capital.complete("finance", bids.get(0), "Task_RecordDrawdown", drawdown("DD-1", 12000.0));
        capital.decide(bids.get(1), decision("reject", "Revenue spending, not capital."));
        mailbox.deliver();
        mailbox.clear();

        requestSummary("officer");
        mailbox.deliver();

        Received summary = mailbox.receivedBy(FORUM).get(0);
        assertThat(summary.text())
                .contains("Decision Award in full")
                .contains("Decision Reject")
                .contains("Awarded £28,000.00; Spent £12,000.00; Available £210,000.00")
                .contains("Decision Returned")
                .contains("Decision Rejected")
                .contains("Amount £4,750.25")
                .contains("Change in available \u2212£12,500.00")
                .contains("PRI-EAST-");
        Files.writeString(Path.of("target", "forum-summary-sample.html"), summary.html(), StandardCharsets.UTF_8);
    }

    @Test
    void leadCannotRequestSummary() {
        assertThatThrownBy(() -> requestSummary("lead-east")).isInstanceOf(RuntimeException.class);

        assertThat(mailbox.deliver()).isZero();
    }

    @Test
    void timerFiresAtSevenEarlyInMonth() {
        Job timer = managementService
                .createJobQuery()
                .processDefinitionKey("forum-summary-schedule")
                .timers()
                .singleResult();

        LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getHour()).isEqualTo(7);
        assertThat(due.getMinute()).isZero();
        assertThat(due.getDayOfMonth()).isBetween(1, 5);
    }

    @Test
    void scheduledRunSendsOnlyWhenDue() {
        ProcessInstance run = runtimeService
                .createProcessInstanceByKey("forum-summary-schedule")
                .startBeforeActivity("Gateway_SummaryDay")
                .execute();
        mailbox.deliver();

        if (schedule.isDueToday()) {
            assertThat(mailbox.receivedBy(FORUM)).hasSize(1);
        } else {
            assertThat(mailbox.receivedBy(FORUM)).isEmpty();
        }
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(run.getId())
                        .count())
                .isZero();
    }

    private String scoredBid(String clusterCode, String schools, String amount) {
        String bid = capital.submitToPanel(clusterCode, schools, amount);
        capital.scoreByWholePanel(bid, GOOD_SCORE);
        return bid;
    }

    private Map<String, Object> drawdown(String reference, double amount) {
        Map<String, Object> form = new HashMap<>();
        form.put("drawdownAction", "drawdown");
        form.put("drawdownReference", reference);
        form.put("drawdownAmount", amount);
        form.put("drawdownDate", testData.today().toString());
        return form;
    }

    private void requestSummary(String user) {
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("forum-summary")
                .latestVersion()
                .singleResult()
                .getId();
        testData.signIn(user);
        try {
            formService.submitStartForm(definitionId, Map.of());
        } finally {
            testData.signOut();
        }
    }
}
