package uk.gov.york.inclusion.cluster;

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

    public boolean isLeadOf(Cluster cluster) {
        return currentUser.isMemberOf(cluster.leadGroupId());
    }
}
