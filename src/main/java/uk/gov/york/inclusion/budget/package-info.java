/**
 * Each cluster's yearly budget and its append-only ledger of commitments, releases and spend. Available money is
 * always derived from the ledger: allocation minus open commitments minus spend.
 */
package uk.gov.york.inclusion.budget;
