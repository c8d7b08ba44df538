package uk.gov.york.inclusion.capital;

import java.util.List;
import org.springframework.data.repository.Repository;

interface PanelScores extends Repository<PanelScore, Long> {

    List<PanelScore> findByBidAndRoundOrderByPanelMember(CapitalBid bid, CapitalRound round);

    boolean existsByBidAndRoundAndPanelMember(CapitalBid bid, CapitalRound round, String panelMember);

    PanelScore save(PanelScore score);
}
