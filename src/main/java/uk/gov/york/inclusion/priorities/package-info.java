/**
 * Cluster priority plans: a cluster lead drafts up to six priorities for a financial year, the cluster's
 * headteachers agree or comment, an inclusion officer approves or returns the plan, and the approved plan becomes the
 * cluster's plan for that year.
 */
package uk.gov.york.inclusion.priorities;
