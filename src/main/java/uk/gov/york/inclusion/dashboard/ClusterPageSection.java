package uk.gov.york.inclusion.dashboard;

import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

/**
 * A section of the cluster page contributed by a module, such as the cluster's requests or its approved priorities.
 * The page shows the sections in their {@code @Order}, each rendered by a Thymeleaf fragment named {@code section}
 * that takes the section's model as its one parameter.
 */
public interface ClusterPageSection {

    /** Returns the template holding the fragment, such as {@code dashboard/sections/requests}. */
    String template();

    /** Returns what the fragment shows for the cluster and year; the caller has checked the user may see it. */
    Object model(Cluster cluster, FinancialYear year);
}
