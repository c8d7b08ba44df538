package uk.gov.york.inclusion.capital;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.cluster.Cluster;

/** A cluster's capital bids for a year, for pages that show them beside its revenue budget. */
@Service
@Transactional(readOnly = true)
public class ClusterBids {

    private final CapitalBids bids;

    ClusterBids(CapitalBids bids) {
        this.bids = bids;
    }

    /** Returns the cluster's bids in the year's rounds, the newest first. */
    public List<CapitalBid> of(Cluster cluster, FinancialYear year) {
        return bids.findByClusterAndYear(cluster, year);
    }
}
