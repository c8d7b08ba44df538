package uk.gov.york.inclusion.priorities;

import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

/**
 * A cluster's priority plan for one financial year, from the lead's draft to approval. The process instance holds
 * only this entity's id; the priorities of each revision are {@link PlanRevision}s.
 */
@Entity
@Table(name = "priority_plan")
public class PriorityPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    @Column(name = "financial_year", nullable = false)
    private FinancialYear financialYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    /** The number of the current revision; the first draft is revision 1. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    /** Everyone who revised the plan, comma-separated; like the drafter, none of them may approve it. */
    @Column(name = "revised_by")
    private String revisedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "in_progress_key")
    private String inProgressKey;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected PriorityPlan() {}

    PriorityPlan(
            String reference,
            Cluster cluster,
            FinancialYear financialYear,
            String draftedBy,
            String processInstanceId) {
        this.reference = reference;
        this.cluster = cluster;
        this.financialYear = financialYear;
        this.status = PlanStatus.AWAITING_AGREEMENT;
        this.revision = 1;
        this.draftedBy = draftedBy;
        this.createdAt = Instant.now();
        this.processInstanceId = processInstanceId;
        this.inProgressKey = inProgressKey(cluster, financialYear);
    }

    /** Returns the value of the unique {@code in_progress_key} column for a cluster and year. */
    static String inProgressKey(Cluster cluster, FinancialYear year) {
        return cluster.getId() + "/" + year;
    }

    void startRevision(String reviser) {
        if (!isAuthor(reviser)) {
            this.revisedBy = revisedBy == null ? reviser : revisedBy + "," + reviser;
        }
        this.revision++;
        this.status = PlanStatus.AWAITING_AGREEMENT;
        this.returnComment = null;
    }

    void sendToReview() {
        this.status = PlanStatus.IN_REVIEW;
    }

    void returnToLead(String comment) {
        this.status = PlanStatus.RETURNED;
        this.returnComment = comment;
    }

    void approve(String approver) {
        this.status = PlanStatus.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = Instant.now();
        this.inProgressKey = null;
    }

    void supersede() {
        this.status = PlanStatus.SUPERSEDED;
    }

    void cancel() {
        this.status = PlanStatus.CANCELLED;
        this.inProgressKey = null;
    }

    void withdraw() {
        this.status = PlanStatus.WITHDRAWN;
        this.inProgressKey = null;
    }

    /** Returns whether the user drafted or revised the plan, and so wrote what the officer decides on. */
    public boolean isAuthor(String userId) {
        return userId.equals(draftedBy)
                || (revisedBy != null && Arrays.asList(revisedBy.split(",")).contains(userId));
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

    public FinancialYear getFinancialYear() {
        return financialYear;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
