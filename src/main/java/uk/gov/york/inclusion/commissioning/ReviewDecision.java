package uk.gov.york.inclusion.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One reviewer's decision on a request in one review round, or on an invoice that exceeds the commitment. Decisions
 * are the record that funds may be committed, so they are written once and never changed.
 */
@Entity
@Immutable
@Table(name = "review_decision")
public class ReviewDecision {

    /** Subject of a decision: the request itself, or spend above what was committed. */
    public enum Subject {
        REQUEST,
        ADDITIONAL_SPEND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private CommissioningRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    @Column(name = "review_round", nullable = false)
    private int round;

    @Column(name = "approver_group", nullable = false)
    private String approverGroup;

    @Column(nullable = false)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewOutcome outcome;

    private String comment;

    /** The amount the reviewer saw and decided on. */
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ReviewDecision() {}

    ReviewDecision(
            CommissioningRequest request,
            Subject subject,
            String approverGroup,
            String reviewer,
            ReviewOutcome outcome,
            String comment,
            BigDecimal amount) {
        this.request = request;
        this.subject = subject;
        this.round = request.getReviewRound();
        this.approverGroup = approverGroup;
        this.reviewer = reviewer;
        this.outcome = outcome;
        this.comment = comment;
        this.amount = amount;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public CommissioningRequest getRequest() {
        return request;
    }

    public Subject getSubject() {
        return subject;
    }

    public int getRound() {
        return round;
    }

    public String getApproverGroup() {
        return approverGroup;
    }

    public String getReviewer() {
        return reviewer;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
