package uk.gov.york.inclusion.budget;

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
import uk.gov.york.inclusion.cluster.Cluster;

/**
 * One line of a cluster's budget ledger. Entries are only ever added: a mistake is put right by a new entry, so the
 * ledger is the full history of the cluster's money.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    @Column(name = "financial_year", nullable = false)
    private FinancialYear financialYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LedgerEntryKind kind;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "request_reference", nullable = false)
    private String requestReference;

    @Column(name = "invoice_reference")
    private String invoiceReference;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LedgerEntry() {}

    LedgerEntry(
            ClusterBudget budget,
            LedgerEntryKind kind,
            BigDecimal amount,
            String requestReference,
            String invoiceReference,
            String note,
            String recordedBy) {
        this.cluster = budget.getCluster();
        this.financialYear = budget.getFinancialYear();
        this.kind = kind;
        this.amount = amount;
        this.requestReference = requestReference;
        this.invoiceReference = invoiceReference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public FinancialYear getFinancialYear() {
        return financialYear;
    }

    public LedgerEntryKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRequestReference() {
        return requestReference;
    }

    public String getInvoiceReference() {
        return invoiceReference;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
