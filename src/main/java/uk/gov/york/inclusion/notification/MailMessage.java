package uk.gov.york.inclusion.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The product's copy of one email: who it is for, its subject and both bodies, and whether it was sent. The message
 * key names what caused it, and is unique, so the same cause never makes a second message.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_key", nullable = false, unique = true)
    private String messageKey;

    @Column(nullable = false)
    private String kind;

    /** Email addresses, comma-separated. */
    @Column(nullable = false)
    private String recipients;

    @Column(nullable = false)
    private String subject;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "not_sent_reason")
    private String notSentReason;

    protected MailMessage() {}

    MailMessage(String messageKey, String kind, List<String> recipients, RenderedMail mail, Instant createdAt) {
        this.messageKey = messageKey;
        this.kind = kind;
        this.recipients = String.join(",", recipients);
        this.subject = mail.subject();
        this.htmlBody = mail.html();
        this.textBody = mail.text();
        this.status = MailStatus.QUEUED;
        this.createdAt = createdAt;
    }

    void markSent(Instant when) {
        this.status = MailStatus.SENT;
        this.sentAt = when;
    }

    void markNotSent(String reason) {
        this.status = MailStatus.NOT_SENT;
        this.notSentReason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getKind() {
        return kind;
    }

    public List<String> getRecipients() {
        return recipients.isBlank() ? List.of() : Arrays.asList(recipients.split(","));
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public MailStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getNotSentReason() {
        return notSentReason;
    }
}
