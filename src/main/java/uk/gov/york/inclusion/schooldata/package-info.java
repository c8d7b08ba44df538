/**
 * School data: each school's pupils on roll, EHCPs, SEN support, most common primary need, attendance and persistent
 * absence for a period, imported by an administrator from a CSV file. An import replaces nothing unless asked to, and
 * earlier periods are kept, so the dashboards compare a period with the one before.
 */
package uk.gov.york.inclusion.schooldata;
