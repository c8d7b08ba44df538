package uk.gov.york.inclusion.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.schooldata.SchoolDataPeriod;
import uk.gov.york.inclusion.schooldata.SchoolDataPeriods;
import uk.gov.york.inclusion.schooldata.SchoolDataRecord;
import uk.gov.york.inclusion.schooldata.SchoolDataRecords;
import uk.gov.york.inclusion.schooldata.SchoolFigures;

/** Puts together a cluster's school data for the latest two periods, for the schools in the cluster now. */
@Service
@Transactional(readOnly = true)
public class SchoolDataSummary {

    private final SchoolDataPeriods periods;
    private final SchoolDataRecords records;
    private final ClusterDirectory directory;

    SchoolDataSummary(SchoolDataPeriods periods, SchoolDataRecords records, ClusterDirectory directory) {
        this.periods = periods;
        this.records = records;
        this.directory = directory;
    }

    public ClusterSchoolData of(Cluster cluster) {
        List<SchoolDataPeriod> latestTwo =
                periods.findAllByOrderByPeriodDesc().stream().limit(2).toList();
        SchoolDataPeriod latest = latestTwo.isEmpty() ? null : latestTwo.get(0);
        SchoolDataPeriod previous = latestTwo.size() < 2 ? null : latestTwo.get(1);
        Map<Long, SchoolFigures> latestFigures = figures(latest, cluster);
        Map<Long, SchoolFigures> previousFigures = figures(previous, cluster);

        List<ClusterSchoolData.SchoolRow> rows = directory.schoolsOf(cluster).stream()
                .map(school -> new ClusterSchoolData.SchoolRow(
                        school, latestFigures.get(school.getId()), previousFigures.get(school.getId())))
                .toList();
        return new ClusterSchoolData(
                latest,
                previous,
                rows,
                totals(rows, ClusterSchoolData.SchoolRow::latest),
                totals(rows, ClusterSchoolData.SchoolRow::previous));
    }

    private Map<Long, SchoolFigures> figures(SchoolDataPeriod period, Cluster cluster) {
        if (period == null) {
            return Map.of();
        }
        return records.findForCluster(period, cluster).stream()
                .collect(Collectors.toMap(record -> record.getSchool().getId(), SchoolDataRecord::figures));
    }

    private static SchoolTotals totals(
            List<ClusterSchoolData.SchoolRow> rows, Function<ClusterSchoolData.SchoolRow, SchoolFigures> period) {
        List<SchoolFigures> figures =
                rows.stream().map(period).filter(Objects::nonNull).toList();
        return figures.isEmpty() ? null : SchoolTotals.of(figures);
    }
}
