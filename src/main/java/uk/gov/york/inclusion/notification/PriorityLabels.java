package uk.gov.york.inclusion.notification;

import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.priorities.PriorityChoices;

/**
 * Describes the cluster priority a request or bid serves, as the forms show it: "2026-27 priority 2, Attendance: …"
 * or "None yet: " and the reason. Summary sections read the stored position and reason with SQL and label them here.
 */
@Component
class PriorityLabels {

    private final ClusterDirectory directory;
    private final PriorityChoices choices;

    PriorityLabels(ClusterDirectory directory, PriorityChoices choices) {
        this.directory = directory;
        this.choices = choices;
    }

    String describe(String clusterCode, String financialYear, Integer position, String noPriorityReason) {
        Cluster cluster = directory.require("clusterCode", clusterCode);
        return choices.describe(
                cluster, FinancialYear.parse("financialYear", financialYear), position, noPriorityReason);
    }
}
