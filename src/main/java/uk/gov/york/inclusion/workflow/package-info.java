/**
 * Plumbing shared by every process: the deployment of models and forms, the signed-in user, and the
 * exception that turns bad input into a message the person who typed it can act on.
 */
package uk.gov.york.inclusion.workflow;
