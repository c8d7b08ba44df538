/**
 * Who may do what: the role groups and their Camunda authorizations, Tasklist filters, the demo users of the
 * embedded default, and the login required in front of {@code /engine-rest} and the product's API.
 */
package uk.gov.york.inclusion.security;
