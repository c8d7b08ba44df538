package uk.gov.york.inclusion.dashboard;

import java.util.List;
import uk.gov.york.inclusion.cluster.School;
import uk.gov.york.inclusion.schooldata.SchoolDataPeriod;
import uk.gov.york.inclusion.schooldata.SchoolFigures;

/**
 * A cluster's school data for the latest period and the one before, school by school, with totals. A period, or a
 * school's figures in it, may be null: before the first import, or for a school the file did not list.
 */
public record ClusterSchoolData(
        SchoolDataPeriod latest,
        SchoolDataPeriod previous,
        List<SchoolRow> rows,
        SchoolTotals latestTotals,
        SchoolTotals previousTotals) {

    /** One school's figures in the two periods. */
    public record SchoolRow(School school, SchoolFigures latest, SchoolFigures previous) {}

    public boolean isSample() {
        return (latest != null && latest.isSample()) || (previous != null && previous.isSample());
    }
}
