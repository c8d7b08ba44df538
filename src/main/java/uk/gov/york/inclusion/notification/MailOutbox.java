package uk.gov.york.inclusion.notification;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a message and starts the {@code send-mail} process for it, both in the caller's transaction. If the step
 * that caused the message rolls back, neither the record nor the send exists. Once it commits, the asynchronous send
 * step mails the message with retries.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class MailOutbox {

    static final String SEND_MAIL_PROCESS = "send-mail";
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final MailMessages messages;
    private final MailTemplates templates;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public MailOutbox(MailMessages messages, MailTemplates templates, RuntimeService runtimeService, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Records the message under its key and queues it for sending. Returns false, and records nothing, when a message
     * with that key exists already, so a repeated step adds no second message. A message with no recipient is kept
     * as not sent.
     */
    public boolean queue(String messageKey, String kind, List<String> recipients, MailContent content) {
        if (messages.existsByMessageKey(messageKey)) {
            log.info("Mail {} is already recorded; not queued again", messageKey);
            return false;
        }

        MailMessage message = messages.save(
                new MailMessage(messageKey, kind, recipients, templates.render(content), clock.instant()));
        if (recipients.isEmpty()) {
            message.markNotSent("No recipient has an email address.");
            log.warn("Mail {} kept but not sent: no recipient has an email address", messageKey);
            return true;
        }
        runtimeService
                .createProcessInstanceByKey(SEND_MAIL_PROCESS)
                .businessKey(messageKey)
                .setVariable("mailId", message.getId())
                .execute();
        log.info("Queued {} mail {} to {} recipient(s)", kind, messageKey, recipients.size());
        return true;
    }
}
