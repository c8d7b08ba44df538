package uk.gov.york.inclusion.priorities;

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
import org.hibernate.annotations.Immutable;

/** One priority of one plan revision, numbered 1 to 6 in the order the lead wrote them. */
@Entity
@Immutable
@Table(name = "cluster_priority")
public class ClusterPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "revision_id")
    private PlanRevision planRevision;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PriorityArea area;

    @Column(nullable = false)
    private String evidence;

    @Column(nullable = false)
    private String actions;

    @Column(nullable = false)
    private String measure;

    @Column(name = "numeric_measure", nullable = false)
    private boolean numericMeasure;

    @Column(nullable = false)
    private String baseline;

    @Column(nullable = false)
    private String target;

    /** Focus of the cluster's School Wellbeing Worker for this priority. */
    @Column(name = "wellbeing_focus", nullable = false)
    private String wellbeingFocus;

    protected ClusterPriority() {}

    ClusterPriority(PlanRevision planRevision, int position, PriorityDetails details) {
        this.planRevision = planRevision;
        this.position = position;
        this.area = details.area();
        this.evidence = details.evidence();
        this.actions = details.actions();
        this.measure = details.measure();
        this.numericMeasure = details.numericMeasure();
        this.baseline = details.baseline();
        this.target = details.target();
        this.wellbeingFocus = details.wellbeingFocus();
    }

    PriorityDetails details() {
        return new PriorityDetails(area, evidence, actions, measure, numericMeasure, baseline, target, wellbeingFocus);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public PriorityArea getArea() {
        return area;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getActions() {
        return actions;
    }

    public String getMeasure() {
        return measure;
    }

    public boolean isNumericMeasure() {
        return numericMeasure;
    }

    public String getBaseline() {
        return baseline;
    }

    public String getTarget() {
        return target;
    }

    public String getWellbeingFocus() {
        return wellbeingFocus;
    }
}
