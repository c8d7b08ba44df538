package uk.gov.york.inclusion.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.york.inclusion.priorities.PriorityLink;

/** The part of a request the cluster lead writes and may amend. */
@Embeddable
public class CommissioningDetails {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommissioningCategory category;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String description;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    /** Position of the served priority in the cluster's approved plan for the request's year, or null for none. */
    @Column(name = "priority_position")
    private Integer priorityPosition;

    @Column(name = "priority_plan_reference")
    private String priorityPlanReference;

    @Column(name = "no_priority_reason")
    private String noPriorityReason;

    protected CommissioningDetails() {}

    public CommissioningDetails(
            CommissioningCategory category,
            String provider,
            String description,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal amount,
            PriorityLink priority) {
        this.category = category;
        this.provider = provider;
        this.description = description;
        this.startDate = startDate;
        this.endDate = endDate;
        this.amount = amount;
        this.priorityPosition = priority.position();
        this.priorityPlanReference = priority.planReference();
        this.noPriorityReason = priority.noPriorityReason();
    }

    public CommissioningCategory getCategory() {
        return category;
    }

    public String getProvider() {
        return provider;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Integer getPriorityPosition() {
        return priorityPosition;
    }

    public String getPriorityPlanReference() {
        return priorityPlanReference;
    }

    public String getNoPriorityReason() {
        return noPriorityReason;
    }
}
