/**
 * Dashboard pages: the city overview of the six clusters' money and review queues, and each cluster's page with its
 * budget over the year, requests, approved priorities and school data. Every chart is drawn on the server as SVG and
 * has its numbers in a table beside it. Also the CSV exports for finance and auditors.
 */
package uk.gov.york.inclusion.dashboard;
