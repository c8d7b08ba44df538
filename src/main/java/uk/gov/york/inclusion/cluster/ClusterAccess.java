package uk.gov.york.inclusion.cluster;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;

/** Decides whose eyes a cluster's money and requests are for: its own lead group and the city-wide roles. */
@Component
public class ClusterAccess {

    private final CurrentUser currentUser;

    public ClusterAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canView(Cluster cluster) {
        return currentUser.isMemberOf(cluster.leadGroupId())
                || Groups.CITY_WIDE.stream().anyMatch(currentUser::isMemberOf);
    }

    /** Raises {@link ClusterAccessDeniedException} unless the signed-in user may see the cluster. */
    public void requireView(Cluster cluster) {
        if (!canView(cluster)) {
            throw new ClusterAccessDeniedException(currentUser.id(), cluster.getCode());
        }
    }

    /**
     * Returns whether the signed-in user may see the cluster's dashboard pages: those who may see its money, its own
     * headteachers, and Schools Forum members, who read every cluster's pages.
     */
    public boolean canViewDashboard(Cluster cluster) {
        return canView(cluster)
                || currentUser.isMemberOf(cluster.headteacherGroupId())
                || currentUser.isMemberOf(Groups.SCHOOLS_FORUM);
    }

    /** Raises {@link ClusterAccessDeniedException} unless the signed-in user may see the cluster's dashboard. */
    public void requireDashboard(Cluster cluster) {
        if (!canViewDashboard(cluster)) {
            throw new ClusterAccessDeniedException(currentUser.id(), cluster.getCode());
        }
    }

    /**
     * Returns whether the signed-in user may see the city overview of all six clusters' money: the city-wide roles,
     * Schools Forum members and every cluster's leads, but not headteachers.
     */
    public boolean canViewCityOverview(List<Cluster> clusters) {
        return Groups.CITY_WIDE.stream().anyMatch(currentUser::isMemberOf)
                || currentUser.isMemberOf(Groups.SCHOOLS_FORUM)
                || clusters.stream().anyMatch(this::isLeadOf);
    }

    public boolean isLeadOf(Cluster cluster) {
        return currentUser.isMemberOf(cluster.leadGroupId());
    }
}
