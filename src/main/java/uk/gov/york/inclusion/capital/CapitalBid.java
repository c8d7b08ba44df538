package uk.gov.york.inclusion.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

/**
 * A cluster's bid for capital funding, from submission to the award's close. The process instance holds only this
 * entity's id; the bid's current version, round and status live here.
 */
@Entity
@Table(name = "capital_bid")
public class CapitalBid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "round_id")
    private CapitalRound round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BidStatus status;

    @Column(nullable = false)
    private int version;

    @Embedded
    private BidDetails details;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    protected CapitalBid() {}

    CapitalBid(
            String reference,
            Cluster cluster,
            CapitalRound round,
            BidDetails details,
            String submittedBy,
            String processInstanceId) {
        this.reference = reference;
        this.cluster = cluster;
        this.round = round;
        this.details = details;
        this.submittedBy = submittedBy;
        this.processInstanceId = processInstanceId;
        this.status = BidStatus.SUBMITTED;
        this.version = 1;
    }

    void resubmit(BidDetails newDetails) {
        details = newDetails;
        version++;
        returnReason = null;
        status = BidStatus.SUBMITTED;
    }

    void returnToLead(String reason) {
        returnReason = reason;
        status = BidStatus.RETURNED;
    }

    void moveTo(CapitalRound nextRound) {
        round = nextRound;
        status = BidStatus.ACCEPTED;
    }

    void changeStatus(BidStatus newStatus) {
        status = newStatus;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public CapitalRound getRound() {
        return round;
    }

    public FinancialYear getFinancialYear() {
        return round.getFinancialYear();
    }

    public BidStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    public BidDetails getDetails() {
        return details;
    }

    public BigDecimal getAmount() {
        return details.getAmount();
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
