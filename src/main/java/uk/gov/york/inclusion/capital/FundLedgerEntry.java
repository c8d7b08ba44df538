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

/** One line of a capital fund's ledger. Entries are only ever added, so the ledger is the fund's full history. */
@Entity
@Immutable
@Table(name = "capital_ledger_entry")
public class FundLedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "fund_id")
    private CapitalFund fund;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundEntryKind kind;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "bid_reference")
    private String bidReference;

    @Column(name = "drawdown_reference")
    private String drawdownReference;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FundLedgerEntry() {}

    FundLedgerEntry(
            CapitalFund fund,
            FundEntryKind kind,
            BigDecimal amount,
            String bidReference,
            String drawdownReference,
            String note,
            String recordedBy) {
        this.fund = fund;
        this.kind = kind;
        this.amount = amount;
        this.bidReference = bidReference;
        this.drawdownReference = drawdownReference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public FundEntryKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getBidReference() {
        return bidReference;
    }

    public String getDrawdownReference() {
        return drawdownReference;
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
