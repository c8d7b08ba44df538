package uk.gov.york.inclusion.capital;

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

/** The Assistant Director's decision on a bid in one round, with the amount awarded when it awards money. */
@Entity
@Immutable
@Table(name = "capital_decision")
public class BidDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bid_id")
    private CapitalBid bid;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private CapitalRound round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionOutcome outcome;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    private String conditions;

    @Column(nullable = false)
    private String reasons;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected BidDecision() {}

    BidDecision(
            CapitalBid bid,
            DecisionOutcome outcome,
            BigDecimal amount,
            String conditions,
            String reasons,
            String decidedBy,
            Instant decidedAt) {
        this.bid = bid;
        this.round = bid.getRound();
        this.outcome = outcome;
        this.amount = amount;
        this.conditions = conditions;
        this.reasons = reasons;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public CapitalRound getRound() {
        return round;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    /** Returns the amount awarded, or null when the decision awards nothing. */
    public BigDecimal getAmount() {
        return amount;
    }

    public String getConditions() {
        return conditions;
    }

    public String getReasons() {
        return reasons;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
