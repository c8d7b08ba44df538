package uk.gov.york.inclusion.dashboard;

import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.capital.CapitalBid;
import uk.gov.york.inclusion.capital.ClusterBids;
import uk.gov.york.inclusion.cluster.Cluster;

/** The cluster's capital bids in the year's rounds with their status, the newest first. */
@Component
@Order(30)
public class CapitalBidsSection implements ClusterPageSection {

    /** One bid as the table shows it. */
    public record BidRow(String reference, String title, String round, String status, String amount) {}

    private final ClusterBids bids;

    CapitalBidsSection(ClusterBids bids) {
        this.bids = bids;
    }

    @Override
    public String template() {
        return "dashboard/sections/capital-bids";
    }

    @Override
    @Transactional(readOnly = true)
    public List<BidRow> model(Cluster cluster, FinancialYear year) {
        return bids.of(cluster, year).stream().map(CapitalBidsSection::row).toList();
    }

    private static BidRow row(CapitalBid bid) {
        String status = bid.getStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new BidRow(
                bid.getReference(),
                bid.getDetails().getTitle(),
                bid.getRound().label(),
                Character.toUpperCase(status.charAt(0)) + status.substring(1),
                Money.format(bid.getAmount()));
    }
}
