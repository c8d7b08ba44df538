package uk.gov.york.inclusion.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** A school and the cluster it belongs to now. Earlier clusters are kept as {@link SchoolTransfer}s. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String phase;

    /** The Department for Education's unique reference number, or null until a school data import gives it. */
    private String urn;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    protected School() {}

    public School(String name, String phase, Cluster cluster) {
        this.code = codeFor(name);
        this.name = name;
        this.phase = phase;
        this.cluster = cluster;
    }

    /** Derives the code used in forms and the API: "St Lawrence's" becomes {@code st-lawrences}. */
    public static String codeFor(String name) {
        String plain = name.trim().toLowerCase(Locale.ROOT).replace("'", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    void recordUrn(String newUrn) {
        this.urn = newUrn;
    }

    void moveTo(Cluster newCluster) {
        this.cluster = newCluster;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getPhase() {
        return phase;
    }

    public String getUrn() {
        return urn;
    }

    public Cluster getCluster() {
        return cluster;
    }
}
