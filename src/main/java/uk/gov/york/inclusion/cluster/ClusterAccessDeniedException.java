package uk.gov.york.inclusion.cluster;

import uk.gov.york.inclusion.workflow.AccessDeniedException;

/** A signed-in user asked for a cluster's data that is not theirs to see. */
public class ClusterAccessDeniedException extends AccessDeniedException {

    public ClusterAccessDeniedException(String userId, String clusterCode) {
        super("User " + userId + " may not see the " + clusterCode + " cluster.");
    }
}
