package uk.gov.york.inclusion.capital;

import java.util.List;
import org.springframework.data.repository.Repository;

interface BidVersions extends Repository<BidVersion, Long> {

    List<BidVersion> findByBidOrderByVersion(CapitalBid bid);

    BidVersion save(BidVersion version);
}
