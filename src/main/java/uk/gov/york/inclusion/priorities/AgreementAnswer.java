package uk.gov.york.inclusion.priorities;

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
import java.time.Instant;

/**
 * One headteacher's answer to one plan revision. It is created as {@code PENDING} when the agreement round opens,
 * for each member of the cluster's headteachers group at that moment, and becomes {@code NO_ANSWER} if the due date
 * passes first.
 */
@Entity
@Table(name = "priority_agreement")
public class AgreementAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private PriorityPlan plan;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String headteacher;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementOutcome outcome;

    private String comment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected AgreementAnswer() {}

    AgreementAnswer(PriorityPlan plan, String headteacher) {
        this.plan = plan;
        this.revision = plan.getRevision();
        this.headteacher = headteacher;
        this.outcome = AgreementOutcome.PENDING;
    }

    void answer(AgreementOutcome answer, String text) {
        this.outcome = answer;
        this.comment = text;
        this.answeredAt = Instant.now();
    }

    void markNoAnswer() {
        this.outcome = AgreementOutcome.NO_ANSWER;
    }

    public int getRevision() {
        return revision;
    }

    public String getHeadteacher() {
        return headteacher;
    }

    public AgreementOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
