/**
 * Commissioning requests: a cluster lead asks to spend cluster money on support such as SEMH outreach, reviewers
 * approve it, the money is committed, and finance records what was spent until the commission closes.
 */
package uk.gov.york.inclusion.commissioning;
