/**
 * Capital bids: a city-wide capital fund per financial year, bidding rounds, and the {@code capital-bid} process in
 * which a cluster bids, an inclusion officer checks the bid, the capital panel scores it and the Assistant Director
 * decides; awards, drawdowns and releases go through the fund's own ledger.
 */
package uk.gov.york.inclusion.capital;
