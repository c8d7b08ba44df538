package uk.gov.york.inclusion.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The content of a capital bid as its lead writes it. The bid contains the current version, and each version a copy. */
@Embeddable
public class BidDetails {

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "provision_kind", nullable = false)
    private ProvisionKind provisionKind;

    /** The codes of the cluster's schools the bid is for, comma-separated, as checked when it was submitted. */
    @Column(name = "school_codes", nullable = false)
    private String schoolCodes;

    @Column(name = "priority_position")
    private Integer priorityPosition;

    @Column(name = "no_priority_reason")
    private String noPriorityReason;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "match_funding", nullable = false, precision = 12, scale = 2)
    private BigDecimal matchFunding;

    @Column(nullable = false)
    private String timetable;

    @Column(nullable = false)
    private String outcomes;

    protected BidDetails() {}

    BidDetails(
            String title,
            ProvisionKind provisionKind,
            List<String> schoolCodes,
            BidPriority priority,
            BigDecimal amount,
            BigDecimal matchFunding,
            String timetable,
            String outcomes) {
        this.title = title;
        this.provisionKind = provisionKind;
        this.schoolCodes = String.join(",", schoolCodes);
        this.priorityPosition = priority.position();
        this.noPriorityReason = priority.noPriorityReason();
        this.amount = amount;
        this.matchFunding = matchFunding;
        this.timetable = timetable;
        this.outcomes = outcomes;
    }

    /** Returns an equal copy, so a version and the bid never share one embedded instance. */
    BidDetails copy() {
        return new BidDetails(
                title, provisionKind, getSchoolCodes(), getPriority(), amount, matchFunding, timetable, outcomes);
    }

    public String getTitle() {
        return title;
    }

    public ProvisionKind getProvisionKind() {
        return provisionKind;
    }

    public List<String> getSchoolCodes() {
        return Arrays.asList(schoolCodes.split(","));
    }

    public BidPriority getPriority() {
        return new BidPriority(priorityPosition, noPriorityReason);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getMatchFunding() {
        return matchFunding;
    }

    public String getTimetable() {
        return timetable;
    }

    public String getOutcomes() {
        return outcomes;
    }
}
