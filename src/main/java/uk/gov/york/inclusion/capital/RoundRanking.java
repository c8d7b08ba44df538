package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranks a round's bids by the panel's score, highest first; bids not yet scored follow, by reference. */
@Service
public class RoundRanking {

    private final CapitalBids bids;
    private final PanelScoring scoring;

    RoundRanking(CapitalBids bids, PanelScoring scoring) {
        this.bids = bids;
        this.scoring = scoring;
    }

    /**
     * A bid in its round's ranking.
     *
     * @param rank 1 for the highest score; null while the bid has no score
     * @param score the mean of the members' totals, 5 to 25, or null
     * @param recommendation the panel's combined recommendation, or null
     */
    public record RankedBid(Integer rank, CapitalBid bid, BigDecimal score, String recommendation) {}

    @Transactional(readOnly = true)
    public List<RankedBid> rank(CapitalRound round) {
        List<RankedBid> unranked = bids.findByRound(round).stream()
                .map(bid -> new RankedBid(
                        null,
                        bid,
                        scoring.meanScore(bid).orElse(null),
                        scoring.combinedRecommendation(bid).orElse(null)))
                .sorted(Comparator.comparing(
                                RankedBid::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                        .thenComparing(ranked -> ranked.bid().getReference()))
                .toList();
        List<RankedBid> ranked = new ArrayList<>();
        for (RankedBid entry : unranked) {
            Integer rank = entry.score() == null ? null : ranked.size() + 1;
            ranked.add(new RankedBid(rank, entry.bid(), entry.score(), entry.recommendation()));
        }
        return ranked;
    }
}
