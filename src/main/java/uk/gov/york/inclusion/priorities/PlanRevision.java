package uk.gov.york.inclusion.priorities;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One version of a plan's priorities, written once. A revision keeps its own priorities and a description of what
 * changed since the one before, so a revised plan never loses what the headteachers agreed to earlier.
 */
@Entity
@Immutable
@Table(name = "priority_plan_revision")
public class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private PriorityPlan plan;

    @Column(nullable = false)
    private int revision;

    @Column(name = "revised_by", nullable = false)
    private String revisedBy;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    /** Description of the changes since the revision before, such as "Priority 2: target changed." or "First draft." */
    @Column(nullable = false)
    private String changes;

    @OneToMany(mappedBy = "planRevision", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ClusterPriority> priorities = new ArrayList<>();

    protected PlanRevision() {}

    PlanRevision(PriorityPlan plan, String revisedBy, String changes, List<PriorityDetails> details) {
        this.plan = plan;
        this.revision = plan.getRevision();
        this.revisedBy = revisedBy;
        this.revisedAt = Instant.now();
        this.changes = changes;
        for (int i = 0; i < details.size(); i++) {
            priorities.add(new ClusterPriority(this, i + 1, details.get(i)));
        }
    }

    public PriorityPlan getPlan() {
        return plan;
    }

    public int getRevision() {
        return revision;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getChanges() {
        return changes;
    }

    public List<ClusterPriority> getPriorities() {
        return List.copyOf(priorities);
    }

    List<PriorityDetails> details() {
        return priorities.stream().map(ClusterPriority::details).toList();
    }
}
