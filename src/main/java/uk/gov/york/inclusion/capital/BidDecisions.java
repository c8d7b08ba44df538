package uk.gov.york.inclusion.capital;

import java.util.List;
import org.springframework.data.repository.Repository;

interface BidDecisions extends Repository<BidDecision, Long> {

    List<BidDecision> findByBidOrderById(CapitalBid bid);

    BidDecision save(BidDecision decision);
}
