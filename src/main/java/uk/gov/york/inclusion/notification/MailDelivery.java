package uk.gov.york.inclusion.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one recorded message, from the asynchronous step of the {@code send-mail} process.
 *
 * <p>The message row is locked and its status checked first, and the status is set to sent in the same job
 * transaction, so a retried or repeated job finds the message sent and sends nothing. When the mail server cannot be
 * reached, the send raises and the job's transaction rolls back, so the engine retries the job. After the last retry
 * an incident shows in Cockpit. The one gap left is a crash between the server accepting the message and the commit: the retry
 * then sends it a second time, because SMTP offers no way to ask whether a message arrived.
 *
 * <p>Spring Boot creates a {@link JavaMailSender} only when {@code spring.mail.host} is set. Without one, the message
 * stays in the record as not sent.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class MailDelivery {

    static final String MESSAGE_KEY_HEADER = "X-Inclusion-Message-Key";
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailMessages messages;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final Clock clock;

    public MailDelivery(
            MailMessages messages, ObjectProvider<JavaMailSender> senders, MailSettings settings, Clock clock) {
        this.messages = messages;
        this.senders = senders;
        this.settings = settings;
        this.clock = clock;
    }

    void deliver(Long mailId) {
        MailMessage message = messages.lockById(mailId)
                .orElseThrow(() -> new IllegalStateException("Mail " + mailId + " is not recorded"));
        if (message.getStatus() != MailStatus.QUEUED) {
            log.info("Mail {} is {} already; nothing sent", message.getMessageKey(), message.getStatus());
            return;
        }
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            message.markNotSent("No mail server is configured (spring.mail.host is not set).");
            log.info("Mail {} kept in the record but not sent: no mail server is configured", message.getMessageKey());
            return;
        }

        try {
            sender.send(mimeMessage(sender, message));
        } catch (MailException e) {
            log.warn("Sending mail {} failed; the job will be retried: {}", message.getMessageKey(), e.getMessage());
            throw e;
        }
        message.markSent(clock.instant());
        log.info("Mailed {} to {}", message.getMessageKey(), message.getRecipients());
    }

    private MimeMessage mimeMessage(JavaMailSender sender, MailMessage message) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(
                    mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(message.getRecipients().toArray(String[]::new));
            helper.setSubject(message.getSubject());
            helper.setText(message.getTextBody(), message.getHtmlBody());
            mime.setHeader(MESSAGE_KEY_HEADER, message.getMessageKey());
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail " + message.getMessageKey() + " could not be composed", e);
        }
        return mime;
    }
}
