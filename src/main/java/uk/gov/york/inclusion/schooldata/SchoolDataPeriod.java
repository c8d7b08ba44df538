package uk.gov.york.inclusion.schooldata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One imported period of school data, named by the month its figures describe, such as {@code 2025-01}. */
@Entity
@Table(name = "school_data_period")
public class SchoolDataPeriod {

    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String period;

    /** Whether the figures are the shipped sample rather than the council's own. */
    @Column(nullable = false)
    private boolean sample;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected SchoolDataPeriod() {}

    SchoolDataPeriod(YearMonth period, boolean sample, String importedBy) {
        this.period = period.toString();
        this.sample = sample;
        this.importedBy = importedBy;
        this.importedAt = Instant.now();
    }

    void reimport(boolean newSample, String newImportedBy) {
        this.sample = newSample;
        this.importedBy = newImportedBy;
        this.importedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    /** Returns the period as people write it, such as "January 2025". */
    public String label() {
        return getPeriod().format(MONTH_AND_YEAR);
    }

    public boolean isSample() {
        return sample;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
