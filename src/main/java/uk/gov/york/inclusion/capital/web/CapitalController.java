package uk.gov.york.inclusion.capital.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.capital.BiddingRounds;
import uk.gov.york.inclusion.capital.CapitalFundLedger;
import uk.gov.york.inclusion.capital.CapitalRound;
import uk.gov.york.inclusion.capital.FundPosition;
import uk.gov.york.inclusion.capital.RoundRanking;
import uk.gov.york.inclusion.cluster.ClusterAccess;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;
import uk.gov.york.inclusion.workflow.SpreadsheetText;

/**
 * The capital fund and its bidding rounds. Any signed-in user reads the fund; administrators set it and open rounds.
 * A round's ranking shows every bid to the city-wide roles and the capital panel, and a cluster lead their own
 * cluster's bids only. Amounts are strings with two decimals.
 */
@RestController
class CapitalController {

    private final CapitalFundLedger fund;
    private final BiddingRounds rounds;
    private final RoundRanking ranking;
    private final ClusterAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    CapitalController(
            CapitalFundLedger fund,
            BiddingRounds rounds,
            RoundRanking ranking,
            ClusterAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.fund = fund;
        this.rounds = rounds;
        this.ranking = ranking;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/api/capital/funds")
    FundView fund(@RequestParam(required = false) String year) {
        return FundView.of(fund.position(FinancialYear.parseOrCurrent("year", year, clock)));
    }

    @PutMapping(path = "/api/capital/funds", consumes = MediaType.APPLICATION_JSON_VALUE)
    FundView setFund(@RequestParam String year, @RequestBody AllocationRequest body) {
        requireAdministrator("set the capital fund");
        BigDecimal allocation = Money.parse("allocation", "Allocation", body.allocation());
        return FundView.of(fund.setAllocation(FinancialYear.parse("year", year), allocation, currentUser.id()));
    }

    @PostMapping(path = "/api/capital/rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RoundView openRound(@RequestBody RoundRequest body) {
        requireAdministrator("open a bidding round");
        CapitalRound round = rounds.open(
                FinancialYear.parse("financialYear", body.financialYear()),
                closingDate(body.closesOn()),
                currentUser.id());
        return RoundView.of(round, clock.instant(), List.of());
    }

    @GetMapping("/api/capital/rounds/{id}")
    RoundView round(@PathVariable Long id) {
        CapitalRound round = rounds.require(id);
        return RoundView.of(round, clock.instant(), visibleBids(round));
    }

    /** The round's bids as CSV, ranked as in {@link #round}; {@code excel=true} adds a byte order mark for Excel. */
    @GetMapping("/api/capital/rounds/{id}/bids.csv")
    void roundCsv(@PathVariable Long id, @RequestParam(required = false) boolean excel, HttpServletResponse response)
            throws IOException {
        CapitalRound round = rounds.require(id);
        List<RankedBidView> bids = visibleBids(round);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"capital-bids-" + round.getFinancialYear() + "-round-" + round.getNumber()
                        + ".csv\"");
        PrintWriter writer = response.getWriter();
        if (excel) {
            writer.write(SpreadsheetText.BYTE_ORDER_MARK);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader("rank", "reference", "cluster", "title", "amount", "score", "recommendation", "status")
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (RankedBidView bid : bids) {
                csv.printRecord(
                        bid.rank(),
                        bid.reference(),
                        bid.cluster(),
                        SpreadsheetText.cell(bid.title()),
                        bid.amount(),
                        bid.score(),
                        bid.recommendation(),
                        bid.status());
            }
        }
    }

    /** Returns every bid to the panel and the city-wide roles, and a lead only their own cluster's. */
    private List<RankedBidView> visibleBids(CapitalRound round) {
        boolean seesAll = currentUser.isMemberOf(Groups.CAPITAL_PANEL)
                || Groups.CITY_WIDE.stream().anyMatch(currentUser::isMemberOf);
        return ranking.rank(round).stream()
                .filter(ranked -> seesAll || access.isLeadOf(ranked.bid().getCluster()))
                .map(RankedBidView::of)
                .toList();
    }

    private void requireAdministrator(String action) {
        if (!currentUser.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new AccessDeniedException("Only an administrator can " + action + ".");
        }
    }

    private static LocalDate closingDate(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("closesOn", "Closing date is missing: write it as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "closesOn", "Closing date '" + text + "' is not a date: write it as YYYY-MM-DD.");
        }
    }

    record AllocationRequest(Object allocation) {}

    record RoundRequest(String financialYear, String closesOn) {}

    record FundView(String financialYear, String allocation, String awarded, String spent, String available) {

        static FundView of(FundPosition position) {
            return new FundView(
                    position.financialYear().toString(),
                    Money.plain(position.allocation()),
                    Money.plain(position.awarded()),
                    Money.plain(position.spent()),
                    Money.plain(position.available()));
        }
    }
}
