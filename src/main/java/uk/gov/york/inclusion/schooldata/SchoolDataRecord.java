package uk.gov.york.inclusion.schooldata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.gov.york.inclusion.cluster.School;

/** One school's figures for one period. Rates are percentages with up to two decimals, such as 93.40. */
@Entity
@Table(name = "school_data")
public class SchoolDataRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private SchoolDataPeriod period;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "pupils_on_roll", nullable = false)
    private int pupilsOnRoll;

    @Column(nullable = false)
    private int ehcps;

    @Column(name = "sen_support", nullable = false)
    private int senSupport;

    /** The most common primary need among the school's pupils with SEN, or null when it has none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "primary_need")
    private PrimaryNeed primaryNeed;

    @Column(name = "attendance_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal attendanceRate;

    @Column(name = "persistent_absence_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal persistentAbsenceRate;

    protected SchoolDataRecord() {}

    SchoolDataRecord(SchoolDataPeriod period, School school, SchoolFigures figures) {
        this.period = period;
        this.school = school;
        this.pupilsOnRoll = figures.pupilsOnRoll();
        this.ehcps = figures.ehcps();
        this.senSupport = figures.senSupport();
        this.primaryNeed = figures.primaryNeed();
        this.attendanceRate = figures.attendanceRate();
        this.persistentAbsenceRate = figures.persistentAbsenceRate();
    }

    public School getSchool() {
        return school;
    }

    public SchoolFigures figures() {
        return new SchoolFigures(pupilsOnRoll, ehcps, senSupport, primaryNeed, attendanceRate, persistentAbsenceRate);
    }
}
