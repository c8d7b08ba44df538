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
import org.hibernate.annotations.Immutable;

/** An inclusion officer's decision on one plan revision; approval reads it again, so it is never changed. */
@Entity
@Immutable
@Table(name = "priority_plan_decision")
public class PlanDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private PriorityPlan plan;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanDecisionOutcome outcome;

    private String comment;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected PlanDecision() {}

    PlanDecision(PriorityPlan plan, String reviewer, PlanDecisionOutcome outcome, String comment) {
        this.plan = plan;
        this.revision = plan.getRevision();
        this.reviewer = reviewer;
        this.outcome = outcome;
        this.comment = comment;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public PriorityPlan getPlan() {
        return plan;
    }

    public int getRevision() {
        return revision;
    }

    public String getReviewer() {
        return reviewer;
    }

    public PlanDecisionOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
