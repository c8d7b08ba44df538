/**
 * The audit trail: an append-only record of every business action, who took it, when, from which path and on which
 * request, plan, budget or school. It lives in the product's own tables, so Camunda's history clean-up never removes
 * it.
 */
package uk.gov.york.inclusion.audit;
