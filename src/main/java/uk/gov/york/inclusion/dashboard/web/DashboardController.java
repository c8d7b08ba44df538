package uk.gov.york.inclusion.dashboard.web;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.york.inclusion.budget.BudgetPosition;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.capital.CapitalFundLedger;
import uk.gov.york.inclusion.capital.FundPosition;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterAccess;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.dashboard.BudgetFigures;
import uk.gov.york.inclusion.dashboard.ClusterPageSection;
import uk.gov.york.inclusion.dashboard.ClusterSchoolData;
import uk.gov.york.inclusion.dashboard.DashboardCharts;
import uk.gov.york.inclusion.dashboard.ReviewQueue;
import uk.gov.york.inclusion.dashboard.SchoolDataSummary;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.CurrentUser;

/**
 * The dashboard pages, each checking on the server who may see it. The city overview is for the city-wide roles,
 * Schools Forum members and cluster leads. A cluster's pages are for its own leads and headteachers, the city-wide
 * roles and Schools Forum members.
 */
@Controller
class DashboardController {

    private final ClusterDirectory directory;
    private final ClusterAccess access;
    private final CurrentUser currentUser;
    private final BudgetFigures budgets;
    private final ReviewQueue reviewQueue;
    private final SchoolDataSummary schoolData;
    private final List<ClusterPageSection> sections;
    private final CapitalFundLedger capitalFund;
    private final Clock clock;

    DashboardController(
            ClusterDirectory directory,
            ClusterAccess access,
            CurrentUser currentUser,
            BudgetFigures budgets,
            ReviewQueue reviewQueue,
            SchoolDataSummary schoolData,
            List<ClusterPageSection> sections,
            CapitalFundLedger capitalFund,
            Clock clock) {
        this.capitalFund = capitalFund;
        this.directory = directory;
        this.access = access;
        this.currentUser = currentUser;
        this.budgets = budgets;
        this.reviewQueue = reviewQueue;
        this.schoolData = schoolData;
        this.sections = sections;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    @Transactional(readOnly = true)
    String cityOverview(@RequestParam(required = false) String year, Model model) {
        List<Cluster> clusters = directory.clusters();
        if (!access.canViewCityOverview(clusters)) {
            throw new AccessDeniedException("User " + currentUser.id() + " may not see the city overview.");
        }
        FinancialYear financialYear = FinancialYear.parseOrCurrent("year", year, clock);
        List<BudgetPosition> positions = clusters.stream()
                .map(cluster -> budgets.position(cluster, financialYear))
                .toList();

        addCommon(model, financialYear);
        model.addAttribute("clusters", clusters);
        model.addAttribute(
                "visible", clusters.stream().map(access::canViewDashboard).toList());
        model.addAttribute("positions", positions);
        model.addAttribute("city", CityTotals.of(positions));
        model.addAttribute(
                "budgetChart",
                DashboardCharts.budgetByCluster(
                        clusters.stream().map(Cluster::getName).toList(), positions));
        model.addAttribute("waiting", reviewQueue.waiting(clusters));
        model.addAttribute("capitalFund", FundFigures.of(capitalFund.position(financialYear)));
        return "dashboard/overview";
    }

    @GetMapping("/dashboard/clusters/{code}")
    @Transactional(readOnly = true)
    String clusterPage(@PathVariable String code, @RequestParam(required = false) String year, Model model) {
        Cluster cluster = visibleCluster(code);
        FinancialYear financialYear = FinancialYear.parseOrCurrent("year", year, clock);

        addCommon(model, financialYear);
        model.addAttribute("cluster", cluster);
        model.addAttribute("position", budgets.position(cluster, financialYear));
        model.addAttribute("monthChart", DashboardCharts.useByMonth(budgets.byMonth(cluster, financialYear)));
        model.addAttribute("runRate", budgets.runRate(cluster, financialYear));
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> new RenderedSection(section.template(), section.model(cluster, financialYear)))
                        .toList());
        addSchoolData(model, cluster);
        return "dashboard/cluster";
    }

    @GetMapping("/dashboard/clusters/{code}/schools")
    @Transactional(readOnly = true)
    String schoolDataPage(@PathVariable String code, Model model) {
        Cluster cluster = visibleCluster(code);

        addCommon(model, FinancialYear.parseOrCurrent("year", null, clock));
        model.addAttribute("cluster", cluster);
        addSchoolData(model, cluster);
        return "dashboard/schools";
    }

    private void addSchoolData(Model model, Cluster cluster) {
        ClusterSchoolData data = schoolData.of(cluster);
        model.addAttribute("schoolData", data);
        model.addAttribute("senChart", DashboardCharts.pupilsWithSen(data));
        model.addAttribute("attendanceChart", DashboardCharts.attendance(data));
        model.addAttribute("needsChart", DashboardCharts.primaryNeeds(data));
    }

    private void addCommon(Model model, FinancialYear year) {
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(year.previous(), year, year.next()));
        model.addAttribute("userId", currentUser.id());
        model.addAttribute("canOverview", access.canViewCityOverview(directory.clusters()));
    }

    private Cluster visibleCluster(String code) {
        Cluster cluster = directory.require("cluster", code);
        access.requireDashboard(cluster);
        return cluster;
    }

    /** A section of the cluster page with the model its fragment shows. */
    record RenderedSection(String template, Object model) {}

    /** The capital fund's position as the overview shows it, amounts written £12,500.00. */
    record FundFigures(String allocation, String awarded, String spent, String available) {

        static FundFigures of(FundPosition position) {
            return new FundFigures(
                    Money.format(position.allocation()),
                    Money.format(position.awarded()),
                    Money.format(position.spent()),
                    Money.format(position.available()));
        }
    }
}
