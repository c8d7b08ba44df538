/**
 * The six geographical inclusion clusters and the schools in each. A school belongs to one cluster at a time; a move
 * is recorded as a {@link uk.gov.york.inclusion.cluster.SchoolTransfer} so its history stays readable.
 */
package uk.gov.york.inclusion.cluster;
