package uk.gov.york.inclusion.commissioning;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.School;

/**
 * A cluster's request to commission support, from submission to closing. The process instance holds only this
 * entity's id; the request's details, status and reviews live here.
 */
@Entity
@Table(name = "commissioning_request")
public class CommissioningRequest {

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

    @Embedded
    private CommissioningDetails details;

    // Lists of requests, such as the dashboards', load their schools a hundred requests at a time, not one by one.
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @JoinTable(
            name = "commissioning_request_school",
            joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "school_id"))
    @OrderBy("name")
    private List<School> schools = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommissioningStatus status;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "review_round", nullable = false)
    private int reviewRound;

    /** The approver groups of the current review round, comma-separated, in the order they review. */
    @Column(name = "required_approvals")
    private String requiredApprovals;

    /** Everyone who amended the request, comma-separated; like the submitter, none of them may approve it. */
    @Column(name = "amended_by")
    private String amendedBy;

    @Column(name = "return_reason")
    private String returnReason;

    @Embedded
    private PendingInvoice pendingInvoice;

    @Version
    private long version;

    protected CommissioningRequest() {}

    CommissioningRequest(
            String reference,
            Cluster cluster,
            CommissioningDetails details,
            List<School> schools,
            String submittedBy,
            String processInstanceId) {
        this.reference = reference;
        this.cluster = cluster;
        this.financialYear = FinancialYear.containing(details.getStartDate());
        this.details = details;
        this.schools = new ArrayList<>(schools);
        this.status = CommissioningStatus.IN_REVIEW;
        this.submittedBy = submittedBy;
        this.submittedAt = Instant.now();
        this.processInstanceId = processInstanceId;
    }

    void amend(CommissioningDetails newDetails, List<School> newSchools, String amender) {
        if (!isAuthor(amender)) {
            this.amendedBy = amendedBy == null ? amender : amendedBy + "," + amender;
        }
        this.details = newDetails;
        this.financialYear = FinancialYear.containing(newDetails.getStartDate());
        this.schools = new ArrayList<>(newSchools);
    }

    void returnToLead(String reason) {
        this.status = CommissioningStatus.AWAITING_AMENDMENT;
        this.returnReason = reason;
    }

    void startReviewRound(List<String> approverGroups) {
        this.reviewRound++;
        this.requiredApprovals = String.join(",", approverGroups);
        this.status = CommissioningStatus.IN_REVIEW;
        this.returnReason = null;
    }

    void holdInvoice(PendingInvoice invoice) {
        this.pendingInvoice = invoice;
    }

    void clearPendingInvoice() {
        this.pendingInvoice = null;
    }

    void changeStatus(CommissioningStatus newStatus) {
        this.status = newStatus;
    }

    /** Returns whether the user submitted or amended the request, and so wrote what reviewers decide on. */
    public boolean isAuthor(String userId) {
        return userId.equals(submittedBy)
                || (amendedBy != null && Arrays.asList(amendedBy.split(",")).contains(userId));
    }

    public List<String> requiredApprovalGroups() {
        return requiredApprovals == null || requiredApprovals.isBlank()
                ? List.of()
                : Arrays.asList(requiredApprovals.split(","));
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

    public CommissioningDetails getDetails() {
        return details;
    }

    public BigDecimal getAmount() {
        return details.getAmount();
    }

    public List<School> getSchools() {
        return List.copyOf(schools);
    }

    public CommissioningStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public int getReviewRound() {
        return reviewRound;
    }

    public String getReturnReason() {
        return returnReason;
    }

    /** Returns the invoice awaiting approval of spend above the commitment, or null. */
    public PendingInvoice getPendingInvoice() {
        return pendingInvoice == null || pendingInvoice.getReference() == null ? null : pendingInvoice;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getStartDate() {
        return details.getStartDate();
    }
}
