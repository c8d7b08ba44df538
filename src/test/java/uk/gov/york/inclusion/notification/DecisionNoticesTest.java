package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.york.inclusion.commissioning.CommissioningScenario;
import uk.gov.york.inclusion.priorities.PrioritiesScenario;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.Mailbox;
import uk.gov.york.inclusion.support.Mailbox.Received;
import uk.gov.york.inclusion.support.TestData;

@IntegrationTest
class DecisionNoticesTest {

    private static final String LEAD = "lead-east@inclusion.example";
    private static final String MARKUP = "<b>Too vague</b> <a href=\"http://evil.example/\">see this</a> & £5";

    @Autowired
    TestData testData;

    @Autowired
    CommissioningScenario commissioning;

    @Autowired
    PrioritiesScenario priorities;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MailMessages messages;

    @BeforeEach
    void reset() {
        testData.reset();
        mailbox.clear();
    }

    @Test
    void approvalTellsTheLeadWithTheAmount() throws Exception {
        ProcessInstance instance = commissioning.submit("lead-east", commissioning.eastRequest("12500.00"));
        commissioning.approve("officer", instance);
        commissioning.approve("director", instance);
        mailbox.clear();

        mailbox.deliver();

        List<Received> received = mailbox.receivedBy(LEAD);
        assertThat(received).hasSize(1);
        Received notice = received.get(0);
        assertThat(notice.subject())
                .startsWith("Commissioning request COM-EAST-")
                .endsWith(" approved: £12,500.00");
        assertThat(notice.html()).contains("£12,500.00").doesNotContain("Â");
        assertThat(notice.text()).contains("Approved by: officer, director");
        assertThat(notice.text()).contains("Amount: £12,500.00").doesNotContain("Â");
        assertThat(notice.raw()).containsPattern("Subject: =\\?UTF-8\\?[QB]\\?");
        assertThat(notice.raw())
                .containsPattern("text/plain; ?charset=UTF-8")
                .containsPattern("text/html; ?charset=UTF-8");
        assertThat(messages.findByKindOrderById(DecisionNotices.KIND))
                .extracting(MailMessage::getStatus)
                .containsOnly(MailStatus.SENT);
    }

    @Test
    void returnedNoticeEscapesTheComment() {
        ProcessInstance instance = commissioning.submit("lead-east", commissioning.eastRequest("500.00"));
        commissioning.complete(
                "officer", instance, "Task_ReviewRequest", Map.of("reviewDecision", "return", "reviewComment", MARKUP));

        mailbox.deliver();

        Received notice = mailbox.receivedBy(LEAD).get(0);
        assertThat(notice.subject()).endsWith(" returned: £500.00");
        assertThat(notice.html()).contains("&lt;b&gt;Too vague&lt;/b&gt;");
        assertThat(notice.html())
                .contains("&lt;a href=&quot;http://evil.example/&quot;&gt;see this&lt;/a&gt; &amp; £5");
        assertThat(notice.html()).doesNotContain("<b>Too vague").doesNotContain("<a href=\"http://evil.example/\"");
        assertThat(notice.text()).contains("Reason: " + MARKUP);
    }

    @Test
    void rejectedNoticeGivesTheReason() {
        ProcessInstance instance = commissioning.submit("lead-east", commissioning.eastRequest("500.00"));
        commissioning.complete(
                "officer",
                instance,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "reject", "reviewComment", "Outside the cluster's remit"));

        mailbox.deliver();

        Received notice = mailbox.receivedBy(LEAD).get(0);
        assertThat(notice.subject()).endsWith(" rejected: £500.00");
        assertThat(notice.text())
                .contains("Reason: Outside the cluster's remit")
                .contains("Rejected by: officer");
    }

    @Test
    void shortFundsReturnTellsTheLead() {
        ProcessInstance instance = commissioning.submit("lead-east", commissioning.eastRequest("100000.00"));
        commissioning.approve("officer", instance);
        commissioning.approve("director", instance);
        ProcessInstance second = commissioning.submit("lead-east", commissioning.eastRequest("10.00"));
        mailbox.clear();

        mailbox.deliver();

        assertThat(second.getId()).isNotNull();
        List<Received> returned = mailbox.receivedBy(LEAD).stream()
                .filter(m -> m.subject().contains(" returned"))
                .toList();
        assertThat(returned).hasSize(1);
        assertThat(returned.get(0).text()).contains("£0.00 available");
    }

    @Test
    void planApprovalAndReturnTellTheLead() {
        ProcessInstance plan = priorities.start("lead-east", priorities.eastPlan(1));
        priorities.agree("head-east-1", plan);
        priorities.agree("head-east-2", plan);
        priorities.complete(
                "officer", plan, "Task_ReviewPlan", Map.of("planDecision", "return", "planComment", "Add a target"));

        mailbox.deliver();

        Received returned = mailbox.receivedBy(LEAD).get(0);
        assertThat(returned.subject()).startsWith("Priority plan PRI-EAST-").endsWith(" returned");
        assertThat(returned.text()).contains("Comment: Add a target");
    }

    @Test
    void planApprovalTellsTheLead() {
        ProcessInstance plan = priorities.start("lead-east", priorities.eastPlan(1));
        priorities.agree("head-east-1", plan);
        priorities.agree("head-east-2", plan);
        priorities.complete("officer", plan, "Task_ReviewPlan", Map.of("planDecision", "approve"));

        mailbox.deliver();

        Received approved = mailbox.receivedBy(LEAD).get(0);
        assertThat(approved.subject()).startsWith("Priority plan PRI-EAST-").endsWith(" approved");
        assertThat(approved.text()).contains("Approved by: officer");
    }
}
