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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One panel member's score of a bid in one round. Each member writes a row of their own, unique per bid, round and
 * member, so scores completed at the same moment never overwrite each other and nobody scores a bid twice.
 */
@Entity
@Immutable
@Table(name = "capital_score")
public class PanelScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bid_id")
    private CapitalBid bid;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private CapitalRound round;

    @Column(name = "panel_member", nullable = false)
    private String panelMember;

    @Column(name = "need_and_evidence", nullable = false)
    private int needAndEvidence;

    @Column(name = "impact_on_inclusion", nullable = false)
    private int impactOnInclusion;

    @Column(name = "value_for_money", nullable = false)
    private int valueForMoney;

    @Column(nullable = false)
    private int deliverability;

    @Column(nullable = false)
    private int sustainability;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Recommendation recommendation;

    @Column(name = "score_comment", nullable = false)
    private String comment;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected PanelScore() {}

    PanelScore(CapitalBid bid, String panelMember, ScoreCard card, Instant scoredAt) {
        this.bid = bid;
        this.round = bid.getRound();
        this.panelMember = panelMember;
        this.needAndEvidence = card.needAndEvidence();
        this.impactOnInclusion = card.impactOnInclusion();
        this.valueForMoney = card.valueForMoney();
        this.deliverability = card.deliverability();
        this.sustainability = card.sustainability();
        this.recommendation = card.recommendation();
        this.comment = card.comment();
        this.scoredAt = scoredAt;
    }

    /** Returns the sum of the five marks, from 5 to 25. */
    public int total() {
        return needAndEvidence + impactOnInclusion + valueForMoney + deliverability + sustainability;
    }

    public String getPanelMember() {
        return panelMember;
    }

    public int getNeedAndEvidence() {
        return needAndEvidence;
    }

    public int getImpactOnInclusion() {
        return impactOnInclusion;
    }

    public int getValueForMoney() {
        return valueForMoney;
    }

    public int getDeliverability() {
        return deliverability;
    }

    public int getSustainability() {
        return sustainability;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getComment() {
        return comment;
    }
}
