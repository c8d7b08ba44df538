package uk.gov.york.inclusion.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.schooldata.PrimaryNeed;

/** Builds each chart of the dashboards from the figures behind it. */
public final class DashboardCharts {

    private DashboardCharts() {}

    /** Allocation, committed, spent and available for each cluster, in the order of the positions given. */
    public static BarChart budgetByCluster(List<String> clusterNames, List<BudgetPosition> positions) {
        return BarChart.of(
                "budget-by-cluster",
                "Budget by cluster",
                clusterNames,
                List.of(
                        series("Allocation", "allocation", positions, BudgetPosition::allocation),
                        series("Committed", "committed", positions, BudgetPosition::committed),
                        series("Spent", "spent", positions, BudgetPosition::spent),
                        series("Available", "available", positions, BudgetPosition::available)),
                Money::format);
    }

    /** Money committed, released and spent in each month, by the day each ledger entry was recorded. */
    public static BarChart useByMonth(List<MonthOfUse> months) {
        return BarChart.of(
                "use-by-month",
                "Committed and spent by month",
                months.stream().map(MonthOfUse::label).toList(),
                List.of(
                        series("Committed", "committed", months, MonthOfUse::committed),
                        series("Released", "released", months, MonthOfUse::released),
                        series("Spent", "spent", months, MonthOfUse::spent)),
                Money::format);
    }

    /** Pupils with an EHCP and on SEN support at each school in the latest period. */
    public static BarChart pupilsWithSen(ClusterSchoolData data) {
        List<ClusterSchoolData.SchoolRow> rows = withLatest(data);
        return BarChart.of(
                "pupils-with-sen",
                "Pupils with an EHCP or on SEN support",
                names(rows),
                List.of(
                        series(
                                "EHCPs",
                                "ehcps",
                                rows,
                                row -> BigDecimal.valueOf(row.latest().ehcps())),
                        series(
                                "SEN support",
                                "sen-support",
                                rows,
                                row -> BigDecimal.valueOf(row.latest().senSupport()))),
                BigDecimal::toPlainString);
    }

    /** Attendance and persistent absence rates at each school in the latest period. */
    public static BarChart attendance(ClusterSchoolData data) {
        List<ClusterSchoolData.SchoolRow> rows = withLatest(data);
        return BarChart.of(
                "attendance",
                "Attendance and persistent absence",
                names(rows),
                List.of(
                        series("Attendance", "attendance", rows, row -> row.latest()
                                .attendanceRate()),
                        series("Persistent absence", "absence", rows, row -> row.latest()
                                .persistentAbsenceRate())),
                rate -> rate.stripTrailingZeros().toPlainString() + "%");
    }

    /** Counts the cluster's schools naming each primary need as their most common, in the latest period. */
    public static BarChart primaryNeeds(ClusterSchoolData data) {
        Map<PrimaryNeed, Integer> schools = new TreeMap<>();
        withLatest(data).stream()
                .map(row -> row.latest().primaryNeed())
                .filter(Objects::nonNull)
                .forEach(need -> schools.merge(need, 1, Integer::sum));
        List<PrimaryNeed> needs = new ArrayList<>(schools.keySet());
        return BarChart.of(
                "primary-needs",
                "Most common primary need",
                needs.stream().map(PrimaryNeed::label).toList(),
                List.of(series("Schools", "schools", needs, need -> BigDecimal.valueOf(schools.get(need)))),
                BigDecimal::toPlainString);
    }

    private static List<ClusterSchoolData.SchoolRow> withLatest(ClusterSchoolData data) {
        return data.rows().stream().filter(row -> row.latest() != null).toList();
    }

    private static List<String> names(List<ClusterSchoolData.SchoolRow> rows) {
        return rows.stream().map(row -> row.school().getName()).toList();
    }

    private static <T> BarChart.Series series(
            String name, String cssClass, List<T> items, Function<T, BigDecimal> value) {
        return new BarChart.Series(name, cssClass, items.stream().map(value).toList());
    }
}
