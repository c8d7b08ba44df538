package uk.gov.york.inclusion.dashboard;

import java.time.ZoneId;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.priorities.ApprovedPriorities;
import uk.gov.york.inclusion.priorities.ClusterPriority;
import uk.gov.york.inclusion.priorities.FundedPriority;

/** The cluster's approved priorities for the year, with the money against each and the latest reading. */
@Component
@Order(20)
public class PrioritiesSection implements ClusterPageSection {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The approved plan's reference and priorities, or a null reference when the cluster has no approved plan. */
    public record Plan(String reference, List<PriorityRow> priorities) {}

    /** One priority as the table shows it; {@code latest} and {@code latestOn} are null before the first reading. */
    public record PriorityRow(
            int position,
            String area,
            String measure,
            String baseline,
            String target,
            String latest,
            String latestOn,
            String committed,
            String spent) {}

    private final ApprovedPriorities approvedPriorities;

    PrioritiesSection(ApprovedPriorities approvedPriorities) {
        this.approvedPriorities = approvedPriorities;
    }

    @Override
    public String template() {
        return "dashboard/sections/priorities";
    }

    @Override
    public Plan model(Cluster cluster, FinancialYear year) {
        return approvedPriorities
                .plan(cluster, year)
                .map(plan -> new Plan(
                        plan.getReference(),
                        approvedPriorities.priorities(plan).stream()
                                .map(PrioritiesSection::row)
                                .toList()))
                .orElse(new Plan(null, List.of()));
    }

    private static PriorityRow row(FundedPriority funded) {
        ClusterPriority priority = funded.priority();
        return new PriorityRow(
                priority.getPosition(),
                priority.getArea().label(),
                priority.getMeasure(),
                priority.getBaseline(),
                priority.getTarget(),
                funded.latest().map(reading -> reading.getReading()).orElse(null),
                funded.latest()
                        .map(reading ->
                                reading.getRecordedAt().atZone(UK).toLocalDate().toString())
                        .orElse(null),
                Money.format(funded.funding().committed()),
                Money.format(funded.funding().spent()));
    }
}
