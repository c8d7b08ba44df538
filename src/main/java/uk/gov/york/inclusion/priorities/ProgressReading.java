package uk.gov.york.inclusion.priorities;

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

/** One reading of a priority's measure during the year, such as an attendance rate this term; never changed. */
@Entity
@Immutable
@Table(name = "priority_progress")
public class ProgressReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private PriorityPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String reading;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgressReading() {}

    ProgressReading(PriorityPlan plan, int position, String reading, String note, String recordedBy) {
        this.plan = plan;
        this.position = position;
        this.reading = reading;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public int getPosition() {
        return position;
    }

    public String getReading() {
        return reading;
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
