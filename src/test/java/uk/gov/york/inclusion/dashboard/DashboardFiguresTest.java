package uk.gov.york.inclusion.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.support.CommissioningFlow;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * The figures behind the budget charts, checked against ledger entries made in the test: East commits £6,000 and
 * spends £1,250.50 of it, then a second East request commits £2,000 that is released when it closes unspent; West
 * commits £500. The entries are dated into chosen months of the year, as if recorded then.
 */
@IntegrationTest
class DashboardFiguresTest {

    @Autowired
    private TestData testData;

    @Autowired
    private CommissioningFlow flow;

    @Autowired
    private BudgetFigures budgets;

    @Autowired
    private ClusterDirectory directory;

    @Autowired
    private JdbcTemplate jdbc;

    private FinancialYear year;
    private Cluster east;

    @BeforeEach
    void recordLedgerEntries() {
        testData.reset();
        year = testData.openYear();
        east = directory.require("cluster", "east");

        String first = flow.submit("east", "tang-hall", "6000.00").getId();
        flow.approve("officer", first);
        flow.recordInvoice(first, "INV-1", "1250.50", testData.today());
        String second = flow.submit("east", "heworth", "2000.00").getId();
        flow.approve("officer", second);
        String firstReference = flow.reference(first);
        String secondReference = flow.reference(second);
        flow.completeTask("finance", second, "Task_RecordSpend", Map.of("spendAction", "close"));
        String west = flow.submit("west", "carr-infant", "500.00").getId();
        flow.approve("officer", west);

        dateEntries(firstReference, "COMMITMENT", year.firstDay().plusDays(5));
        dateEntries(firstReference, "SPEND", year.firstDay().plusMonths(2));
        dateEntries(secondReference, "COMMITMENT", year.firstDay().plusMonths(2));
        dateEntries(secondReference, "RELEASE", year.firstDay().plusMonths(3));
    }

    @Test
    void overviewChartShowsEachClustersPosition() {
        List<Cluster> clusters = directory.clusters();
        List<BudgetPosition> positions = clusters.stream()
                .map(cluster -> budgets.position(cluster, year))
                .toList();

        BarChart chart = DashboardCharts.budgetByCluster(
                clusters.stream().map(Cluster::getName).toList(), positions);

        assertThat(valuesOf(chart, "East")).containsExactly("£100,000.00", "£4,749.50", "£1,250.50", "£94,000.00");
        assertThat(valuesOf(chart, "West")).containsExactly("£100,000.00", "£500.00", "£0.00", "£99,500.00");
        assertThat(valuesOf(chart, "North")).containsExactly("£100,000.00", "£0.00", "£0.00", "£100,000.00");
    }

    @Test
    void overviewBarsAreProportional() {
        List<Cluster> clusters = directory.clusters();
        BarChart chart = DashboardCharts.budgetByCluster(
                clusters.stream().map(Cluster::getName).toList(),
                clusters.stream()
                        .map(cluster -> budgets.position(cluster, year))
                        .toList());

        BarChart.Group eastGroup = group(chart, "East");
        assertThat(eastGroup.bars().get(0).length()).isEqualTo(BarChart.BAR_AREA);
        assertThat(eastGroup.bars().get(2).length()).isEqualTo(5);
    }

    @Test
    void monthChartSumsEntriesByMonthRecorded() {
        List<MonthOfUse> months = budgets.byMonth(east, year);
        BarChart chart = DashboardCharts.useByMonth(months);

        assertThat(months).hasSize(12);
        assertThat(valuesOf(chart, "Apr " + year.startYear())).containsExactly("£6,000.00", "£0.00", "£0.00");
        assertThat(valuesOf(chart, "Jun " + year.startYear())).containsExactly("£2,000.00", "£0.00", "£1,250.50");
        assertThat(valuesOf(chart, "Jul " + year.startYear())).containsExactly("£0.00", "£2,000.00", "£0.00");
        assertThat(valuesOf(chart, "May " + year.startYear())).containsExactly("£0.00", "£0.00", "£0.00");
    }

    @Test
    void monthChartEmptyWithoutEntries() {
        BarChart north = DashboardCharts.useByMonth(budgets.byMonth(directory.require("cluster", "north"), year));
        BarChart eastChart = DashboardCharts.useByMonth(budgets.byMonth(east, year));

        assertThat(north.isEmpty()).isTrue();
        assertThat(eastChart.isEmpty()).isFalse();
    }

    @Test
    void monthTotalsMatchPosition() {
        List<MonthOfUse> months = budgets.byMonth(east, year);
        BudgetPosition position = budgets.position(east, year);

        BigDecimal committed = sum(months, MonthOfUse::committed);
        BigDecimal released = sum(months, MonthOfUse::released);
        BigDecimal spent = sum(months, MonthOfUse::spent);

        assertThat(committed.subtract(released).subtract(spent)).isEqualByComparingTo(position.committed());
        assertThat(spent).isEqualByComparingTo(position.spent());
    }

    @Test
    void entriesBeforeYearFallInFirstBucket() {
        dateEntries(firstEastReference(), "COMMITMENT", year.firstDay().minusDays(10));

        List<MonthOfUse> months = budgets.byMonth(east, year);

        assertThat(months.get(0).label()).isEqualTo("Before April " + year.startYear());
        assertThat(months.get(0).committed()).isEqualByComparingTo("6000.00");
    }

    @Test
    void runRateProjectsFromUseSoFar() {
        BudgetPosition position = new BudgetPosition(
                "east", year, new BigDecimal("100000.00"), new BigDecimal("20000.00"), new BigDecimal("10000.00"));

        RunRate rate = RunRate.project(position, null, year.firstDay().plusDays(99), year);

        assertThat(rate.days()).isEqualTo(100);
        assertThat(rate.used()).isEqualByComparingTo("30000.00");
        assertThat(rate.perMonth()).isEqualByComparingTo("9131.25");
        assertThat(rate.usedUpBy()).isEqualTo(year.firstDay().plusDays(99 + 234));
        assertThat(rate.lastsTheYear(year)).isFalse();
    }

    @Test
    void runRateWithoutUseHasNoDate() {
        BudgetPosition position =
                new BudgetPosition("east", year, new BigDecimal("100000.00"), BigDecimal.ZERO, BigDecimal.ZERO);

        RunRate rate = RunRate.project(position, null, year.firstDay().plusDays(30), year);

        assertThat(rate.usedUpBy()).isNull();
        assertThat(rate.lastsTheYear(year)).isTrue();
    }

    @Test
    void runRateFromLedgerCountsCommittedAndSpent() {
        RunRate rate = budgets.runRate(east, year);

        assertThat(rate.used()).isEqualByComparingTo("6000.00");
        assertThat(rate.from()).isEqualTo(year.firstDay());
    }

    private String firstEastReference() {
        return jdbc.queryForObject(
                "select reference from commissioning_request where reference like 'COM-EAST-%'"
                        + " order by id fetch first 1 rows only",
                String.class);
    }

    private void dateEntries(String reference, String kind, LocalDate day) {
        jdbc.update(
                "update ledger_entry set recorded_at = ? where request_reference = ? and kind = ?",
                java.sql.Timestamp.from(
                        day.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant()),
                reference,
                kind);
    }

    private static List<String> valuesOf(BarChart chart, String label) {
        return group(chart, label).bars().stream().map(BarChart.Bar::text).toList();
    }

    private static BarChart.Group group(BarChart chart, String label) {
        return chart.groups().stream()
                .filter(group -> group.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No group " + label + " in " + chart.title()));
    }

    private static BigDecimal sum(List<MonthOfUse> months, java.util.function.Function<MonthOfUse, BigDecimal> kind) {
        return months.stream().map(kind).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
