package uk.gov.york.inclusion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.york.inclusion.commissioning.CommissioningRequestRejected;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.Mailbox;
import uk.gov.york.inclusion.support.TestData;

@IntegrationTest
class MailSendingTest {

    private static final String TO = "someone@inclusion.example";

    @Autowired
    TestData testData;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailMessages messages;

    @Autowired
    MailSettings settings;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void reset() {
        testData.reset();
        mailbox.clear();
    }

    @AfterEach
    void restartServer() {
        if (!mailbox.server().isRunning()) {
            mailbox.server().start();
        }
    }

    @Test
    void messageSentOnceAfterCommit() {
        queue("test:once");

        assertThat(mailbox.received()).isEmpty();
        assertThat(mailbox.deliver()).isEqualTo(1);

        assertThat(mailbox.receivedBy(TO)).hasSize(1);
        MailMessage message = messages.findByMessageKey("test:once").orElseThrow();
        assertThat(message.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(message.getSentAt()).isNotNull();
        assertThat(mailbox.sendJobs()).isEmpty();
    }

    @Test
    void sameCauseIsRecordedOnce() {
        queue("test:repeated");
        boolean queuedAgain = transaction.execute(
                status -> outbox.queue("test:repeated", "test", List.of(TO), MailContent.of("Second", "Second")));

        mailbox.deliver();

        assertThat(queuedAgain).isFalse();
        assertThat(mailbox.receivedBy(TO)).hasSize(1);
        assertThat(mailbox.received().get(0).subject()).isEqualTo("Test £1.00");
    }

    @Test
    void repeatedSendJobSendsNothingMore() {
        queue("test:retried");
        Long mailId = messages.findByMessageKey("test:retried").orElseThrow().getId();
        mailbox.deliver();
        // A second send-mail instance for the same message, as a job run again after its first run was lost.
        transaction.executeWithoutResult(status -> runtimeService
                .createProcessInstanceByKey(MailOutbox.SEND_MAIL_PROCESS)
                .setVariable("mailId", mailId)
                .execute());

        assertThat(mailbox.deliver()).isEqualTo(1);

        assertThat(mailbox.receivedBy(TO)).hasSize(1);
    }

    @Test
    void serverDownRetriesThenSendsOnce() {
        queue("test:down");
        mailbox.server().stop();

        Job job = mailbox.sendJobs().get(0);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(Exception.class);

        Job retried = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(5);
        assertThat(retried.getDuedate()).isNotNull();
        assertThat(messages.findByMessageKey("test:down").orElseThrow().getStatus())
                .isEqualTo(MailStatus.QUEUED);

        mailbox.server().start();
        managementService.executeJob(job.getId());

        assertThat(mailbox.receivedBy(TO)).hasSize(1);
        assertThat(messages.findByMessageKey("test:down").orElseThrow().getStatus())
                .isEqualTo(MailStatus.SENT);
    }

    @Test
    void lastFailedRetryRaisesIncidentForCockpit() {
        queue("test:incident");
        mailbox.server().stop();
        String jobId = mailbox.sendJobs().get(0).getId();

        for (int attempt = 0; attempt < 6; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(Exception.class);
        }

        List<Incident> incidents =
                runtimeService.createIncidentQuery().configuration(jobId).list();
        assertThat(incidents).hasSize(1);
        assertThat(job(jobId).getRetries()).isZero();

        mailbox.server().start();
        managementService.setJobRetries(jobId, 1);
        managementService.executeJob(jobId);

        assertThat(mailbox.receivedBy(TO)).hasSize(1);
        assertThat(runtimeService
                        .createIncidentQuery()
                        .incidentId(incidents.get(0).getId())
                        .count())
                .isZero();
    }

    @Test
    void rolledBackStepLeavesNoMessage() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    events.publishEvent(new CommissioningRequestRejected(
                            1L,
                            "COM-EAST-2027-28-001",
                            "east",
                            new BigDecimal("10.00"),
                            "lead-east",
                            "No",
                            "officer",
                            999L));
                    throw new IllegalStateException("the step failed after its decision");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(messages.findByMessageKey("commissioning-rejected:999")).isEmpty();
        assertThat(mailbox.deliver()).isZero();
        assertThat(mailbox.received()).isEmpty();
    }

    @Test
    void withoutMailServerMessageIsKeptNotSent() {
        queue("test:no-server");
        Long mailId = messages.findByMessageKey("test:no-server").orElseThrow().getId();
        MailDelivery withoutServer =
                new MailDelivery(messages, new NoMailSender(), settings, java.time.Clock.systemUTC());

        transaction.executeWithoutResult(status -> withoutServer.deliver(mailId));

        MailMessage message = messages.findByMessageKey("test:no-server").orElseThrow();
        assertThat(message.getStatus()).isEqualTo(MailStatus.NOT_SENT);
        assertThat(message.getNotSentReason()).contains("spring.mail.host");
        assertThat(message.getHtmlBody()).contains("£1.00");
        assertThat(mailbox.received()).isEmpty();
    }

    private Job job(String jobId) {
        return managementService.createJobQuery().jobId(jobId).singleResult();
    }

    private void queue(String key) {
        transaction.executeWithoutResult(status -> outbox.queue(
                key, "test", List.of(TO), MailContent.of("Test £1.00", "Test").paragraph("Costs £1.00")));
    }

    /** The application as it is with no {@code spring.mail.host}: Spring Boot creates no mail sender. */
    private static final class NoMailSender
            implements ObjectProvider<org.springframework.mail.javamail.JavaMailSender> {

        @Override
        public org.springframework.mail.javamail.JavaMailSender getObject(Object... args) {
            throw new IllegalStateException("no mail sender");
        }

        @Override
        public org.springframework.mail.javamail.JavaMailSender getIfAvailable() {
            return null;
        }

        @Override
        public org.springframework.mail.javamail.JavaMailSender getIfUnique() {
            return null;
        }

        @Override
        public org.springframework.mail.javamail.JavaMailSender getObject() {
            throw new IllegalStateException("no mail sender");
        }
    }
}
