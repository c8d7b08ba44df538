package uk.gov.york.inclusion.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

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

    protected CommissioningDetails() {}

    public CommissioningDetails(
            CommissioningCategory category,
            String provider,
            String description,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal amount) {
        this.category = category;
        this.provider = provider;
        this.description = description;
        this.startDate = startDate;
        this.endDate = endDate;
        this.amount = amount;
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
}
