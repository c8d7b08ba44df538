package uk.gov.york.inclusion.capital;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Opens bidding rounds and finds the one open now. At most one round is open at a time, city-wide; opening a round
 * also moves every bid deferred from an earlier round into it.
 */
@Service
public class BiddingRounds {

    /** The message a deferred bid's process waits for; the opening of a round sends it. */
    static final String ROUND_OPENED_MESSAGE = "capital-round-opened";

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(BiddingRounds.class);

    private final CapitalRounds rounds;
    private final CapitalFunds funds;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;
    private final Clock clock;

    BiddingRounds(
            CapitalRounds rounds, CapitalFunds funds, RuntimeService runtimeService, Clock clock, AuditTrail audit) {
        this.rounds = rounds;
        this.funds = funds;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.audit = audit;
    }

    /** Opens a round of the year's fund that accepts bids until the end of {@code closesOn}, UK time. */
    @Transactional
    public CapitalRound open(FinancialYear year, LocalDate closesOn, String by) {
        CapitalFund fund = funds.lockByFinancialYear(year)
                .orElseThrow(() -> new InvalidInputException(
                        "financialYear",
                        "No capital fund is set for " + year + ": set the fund's amount before opening a round."));
        if (closesOn.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("closesOn", "Closing date " + closesOn + " has passed.");
        }
        Optional<CapitalRound> open = openRound();
        if (open.isPresent()) {
            throw new InvalidInputException(
                    "closesOn",
                    "Round " + open.get().label() + " is open until "
                            + open.get().getClosesOn() + ": open the next round after it closes.");
        }

        Instant closesAt = closesOn.plusDays(1).atStartOfDay(UK).toInstant();
        int number = (int) rounds.countByFund(fund) + 1;
        CapitalRound round = rounds.save(new CapitalRound(fund, number, closesOn, closesAt, by, clock.instant()));
        log.info("Capital bidding round {} opened by {}, closing on {}", round.label(), by, closesOn);
        audit.record("bidding round opened", round.label(), null, "closing on " + closesOn);
        runtimeService.createMessageCorrelation(ROUND_OPENED_MESSAGE).correlateAllWithResult();
        return round;
    }

    /** Returns the round that accepts bids now, if any. */
    @Transactional(readOnly = true)
    public Optional<CapitalRound> openRound() {
        Instant now = clock.instant();
        return rounds.findAllByOrderByIdDesc().stream()
                .filter(round -> round.isOpenAt(now))
                .findFirst();
    }

    /** Returns the round open now, or raises naming {@code field} when bidding is closed. */
    CapitalRound requireOpen(String field) {
        return openRound()
                .orElseThrow(() -> new InvalidInputException(
                        field, "No capital bidding round is open: bids can be submitted only while a round is open."));
    }

    @Transactional(readOnly = true)
    public CapitalRound require(Long id) {
        return rounds.findById(id)
                .orElseThrow(() -> new NoSuchElementException("Capital bidding round " + id + " not found."));
    }

    /** Moves a deferred bid into the round open now, whose closing sends it to the panel again. */
    void moveToOpenRound(CapitalBid bid) {
        CapitalRound from = bid.getRound();
        bid.moveTo(requireOpen("round"));
        log.info(
                "Capital bid {} moved from {} to {}",
                bid.getReference(),
                from.label(),
                bid.getRound().label());
    }

    /** Marks the round closed when its timer fires, so no bid joins it afterwards whatever the clock says. */
    void close(CapitalRound round) {
        if (round.getClosedAt() == null) {
            round.close(clock.instant());
            log.info("Capital bidding round {} closed", round.label());
        }
    }
}
