package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

    /** Builds a month with every kind of entry and writes the summary to target/ for the picture in docs/. */
    @Test
    void summaryOfABusyMonth() throws Exception {
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
        mailbox.deliver();
        mailbox.clear();

        requestSummary("officer");
        mailbox.deliver();

        Received summary = mailbox.receivedBy(FORUM).get(0);
        assertThat(summary.text())
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
