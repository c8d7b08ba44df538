package uk.gov.york.inclusion.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A geographical inclusion cluster, such as North-East, identified by a code such as {@code north-east}. */
@Entity
@Table(name = "cluster")
public class Cluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    protected Cluster() {}

    public Cluster(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** Derives the code from the name the council uses: "South York" becomes {@code south-york}. */
    public static String codeFor(String name) {
        return name.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Returns the Camunda group whose members lead this cluster, such as {@code cluster-east}. */
    public String leadGroupId() {
        return "cluster-" + code;
    }

    /** Returns the Camunda group of this cluster's headteachers, such as {@code headteachers-east}. */
    public String headteacherGroupId() {
        return "headteachers-" + code;
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
}
