package uk.gov.york.inclusion.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One business action. Rows are only ever added. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    /** The way in: {@code tasklist}, {@code engine-rest}, {@code api}, {@code web}, or {@code engine} without HTTP. */
    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private String action;

    /** The reference the action is about, such as {@code COM-EAST-2026-27-007}, a plan reference or a school code. */
    @Column(nullable = false)
    private String subject;

    @Column(name = "cluster_code")
    private String clusterCode;

    private String detail;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AuditEvent() {}

    AuditEvent(
            String actor,
            String path,
            String action,
            String subject,
            String clusterCode,
            String detail,
            String before,
            String after) {
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.path = path;
        this.action = action;
        this.subject = subject;
        this.clusterCode = clusterCode;
        this.detail = detail;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getPath() {
        return path;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getClusterCode() {
        return clusterCode;
    }

    public String getDetail() {
        return detail;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
