package uk.gov.york.inclusion.capital.web;

import java.time.Instant;
import java.util.List;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.capital.CapitalRound;
import uk.gov.york.inclusion.capital.RoundRanking.RankedBid;

/** A bidding round with its bids ranked by the panel's score, highest first. */
record RoundView(
        Long id,
        String label,
        String financialYear,
        int number,
        String closesOn,
        boolean open,
        List<RankedBidView> bids) {

    static RoundView of(CapitalRound round, Instant now, List<RankedBidView> bids) {
        return new RoundView(
                round.getId(),
                round.label(),
                round.getFinancialYear().toString(),
                round.getNumber(),
                round.getClosesOn().toString(),
                round.isOpenAt(now),
                bids);
    }
}

/**
 * A bid in a round's ranking.
 *
 * @param rank 1 for the highest score, or null while the bid has none
 * @param score the mean of the panel members' totals, 5 to 25, or null
 * @param recommendation the members' recommendation when unanimous, {@code mixed} otherwise, or null
 */
record RankedBidView(
        Integer rank,
        String reference,
        String cluster,
        String title,
        String amount,
        String score,
        String recommendation,
        String status) {

    static RankedBidView of(RankedBid ranked) {
        return new RankedBidView(
                ranked.rank(),
                ranked.bid().getReference(),
                ranked.bid().getCluster().getCode(),
                ranked.bid().getDetails().getTitle(),
                Money.plain(ranked.bid().getAmount()),
                ranked.score() == null ? null : ranked.score().toPlainString(),
                ranked.recommendation(),
                ranked.bid().getStatus().name());
    }
}
