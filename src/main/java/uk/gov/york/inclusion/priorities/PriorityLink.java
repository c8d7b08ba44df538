package uk.gov.york.inclusion.priorities;

/**
 * The priority a funding request serves: a position in the cluster's approved plan for the request's year, or no
 * position and the reason the request serves no approved priority yet.
 */
public record PriorityLink(Integer position, String planReference, String noPriorityReason, String label) {

    public boolean servesPriority() {
        return position != null;
    }
}
