package uk.gov.york.inclusion.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The record of one school moving from one cluster to another; never changed once written. */
@Entity
@Immutable
@Table(name = "school_transfer")
public class SchoolTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_cluster_id")
    private Cluster fromCluster;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_cluster_id")
    private Cluster toCluster;

    @Column(nullable = false)
    private String reason;

    @Column(name = "transferred_by", nullable = false)
    private String transferredBy;

    @Column(name = "transferred_at", nullable = false)
    private Instant transferredAt;

    protected SchoolTransfer() {}

    SchoolTransfer(School school, Cluster fromCluster, Cluster toCluster, String reason, String transferredBy) {
        this.school = school;
        this.fromCluster = fromCluster;
        this.toCluster = toCluster;
        this.reason = reason;
        this.transferredBy = transferredBy;
        this.transferredAt = Instant.now();
    }

    public School getSchool() {
        return school;
    }

    public Cluster getFromCluster() {
        return fromCluster;
    }

    public Cluster getToCluster() {
        return toCluster;
    }

    public String getReason() {
        return reason;
    }

    public String getTransferredBy() {
        return transferredBy;
    }

    public Instant getTransferredAt() {
        return transferredAt;
    }
}
