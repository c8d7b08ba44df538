package uk.gov.york.inclusion.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A capital bid as its lead submitted it once; a bid returned and resubmitted keeps every earlier version. */
@Entity
@Immutable
@Table(name = "capital_bid_version")
public class BidVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bid_id")
    private CapitalBid bid;

    @Column(nullable = false)
    private int version;

    @Embedded
    private BidDetails details;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected BidVersion() {}

    BidVersion(CapitalBid bid, String submittedBy, Instant submittedAt) {
        this.bid = bid;
        this.version = bid.getVersion();
        this.details = bid.getDetails().copy();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public int getVersion() {
        return version;
    }

    public BidDetails getDetails() {
        return details;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
