package uk.gov.york.inclusion.capital;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.cluster.School;
import uk.gov.york.inclusion.priorities.PriorityChoices;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Connects a process instance to its bid: finds the bid from the {@code bidId} variable and writes the read-only
 * values the forms show. The values are copies for display; every decision reads the entities.
 */
@Component
class BidVariables {

    static final String BID_ID = "bidId";

    private final CapitalBids bids;
    private final ClusterDirectory directory;
    private final PanelScoring scoring;
    private final RoundRanking ranking;
    private final CapitalFundLedger fund;
    private final PriorityChoices priorities;

    BidVariables(
            CapitalBids bids,
            ClusterDirectory directory,
            PanelScoring scoring,
            RoundRanking ranking,
            CapitalFundLedger fund,
            PriorityChoices priorities) {
        this.priorities = priorities;
        this.bids = bids;
        this.directory = directory;
        this.scoring = scoring;
        this.ranking = ranking;
        this.fund = fund;
    }

    /** Returns the bid of this process instance; raises if the variable was pointed at another instance's. */
    CapitalBid bidOf(VariableScope variables, String processInstanceId) {
        Object id = variables.getVariable(BID_ID);
        CapitalBid bid = id instanceof Long bidId ? bids.findById(bidId).orElse(null) : null;
        if (bid == null || !processInstanceId.equals(bid.getProcessInstanceId())) {
            throw new InvalidInputException(BID_ID, "This task does not belong to capital bid " + id + ".");
        }
        return bid;
    }

    /** Writes the bid's current version as the forms show it. Amounts are strings with two decimals, never doubles. */
    void write(VariableScope variables, CapitalBid bid) {
        BidDetails details = bid.getDetails();
        variables.setVariable(BID_ID, bid.getId());
        variables.setVariable("reference", bid.getReference());
        variables.setVariable("clusterCode", bid.getCluster().getCode());
        variables.setVariable("clusterName", bid.getCluster().getName());
        variables.setVariable("financialYear", bid.getFinancialYear().toString());
        variables.setVariable("roundLabel", bid.getRound().label());
        // The timer of "Round closed" reads this date; a deferred bid gets its new round's date.
        variables.setVariable("roundClosesAt", Date.from(bid.getRound().getClosesAt()));
        variables.setVariable("version", bid.getVersion());
        variables.setVariable("title", details.getTitle());
        variables.setVariable("provisionKind", details.getProvisionKind().code());
        variables.setVariable("provisionKindLabel", details.getProvisionKind().label());
        variables.setVariable("schoolNames", schoolNames(bid));
        variables.setVariable(
                "priority",
                details.getPriority().formValue(bid.getFinancialYear().toString()));
        variables.setVariable(
                "priorityDisplay",
                priorities.describe(
                        bid.getCluster(),
                        bid.getFinancialYear(),
                        details.getPriority().position(),
                        details.getPriority().noPriorityReason()));
        variables.setVariable("priorityChoices", priorities.optionsVariable(bid.getCluster(), bid.getFinancialYear()));
        variables.setVariable(
                "noPriorityReason", nullToEmpty(details.getPriority().noPriorityReason()));
        variables.setVariable("amount", Money.plain(details.getAmount()));
        variables.setVariable("amountDisplay", Money.format(details.getAmount()));
        variables.setVariable("matchFunding", Money.plain(details.getMatchFunding()));
        variables.setVariable("matchFundingDisplay", Money.format(details.getMatchFunding()));
        variables.setVariable("timetable", details.getTimetable());
        variables.setVariable("outcomes", details.getOutcomes());
        variables.setVariable("submittedBy", bid.getSubmittedBy());
        variables.setVariable("returnReason", nullToEmpty(bid.getReturnReason()));
    }

    /** Writes the panel's scores and the round's ranking for the Assistant Director's decision form. */
    void writeScores(VariableScope variables, CapitalBid bid) {
        variables.setVariable(
                "meanScore",
                scoring.meanScore(bid)
                        .map(score -> score.toPlainString() + " out of 25")
                        .orElse(""));
        variables.setVariable(
                "panelRecommendation", scoring.combinedRecommendation(bid).orElse(""));
        variables.setVariable("scoreSummary", scoreSummary(scoring.currentScores(bid)));
        variables.setVariable("roundRanking", rankingText(bid));
    }

    /** Writes the award's money for finance's drawdown form. */
    void writeAward(VariableScope variables, CapitalBid bid) {
        variables.setVariable("openAwardDisplay", Money.format(fund.openAward(bid.getReference())));
        variables.setVariable("spentDisplay", Money.format(fund.spent(bid.getReference())));
    }

    private String schoolNames(CapitalBid bid) {
        List<String> codes = bid.getDetails().getSchoolCodes();
        return directory.schoolsOf(bid.getCluster()).stream()
                .filter(school -> codes.contains(school.getCode()))
                .map(School::getName)
                .collect(Collectors.joining(", "));
    }

    private static String scoreSummary(List<PanelScore> scores) {
        return scores.stream()
                .map(score -> score.getPanelMember() + ": " + score.total() + " out of 25 (need "
                        + score.getNeedAndEvidence() + ", impact " + score.getImpactOnInclusion() + ", value "
                        + score.getValueForMoney() + ", deliverability " + score.getDeliverability()
                        + ", sustainability " + score.getSustainability() + "), "
                        + score.getRecommendation().label() + ". " + score.getComment())
                .collect(Collectors.joining("\n"));
    }

    private String rankingText(CapitalBid bid) {
        return ranking.rank(bid.getRound()).stream()
                .map(ranked -> (ranked.rank() == null ? "-" : ranked.rank().toString()) + ". "
                        + ranked.bid().getReference() + " "
                        + ranked.bid().getDetails().getTitle() + ": "
                        + (ranked.score() == null
                                ? "not scored yet"
                                : ranked.score().toPlainString()) + ", "
                        + Money.format(ranked.bid().getAmount()) + ", "
                        + ranked.bid().getStatus().name().toLowerCase()
                        + (ranked.bid().getId().equals(bid.getId()) ? " (this bid)" : ""))
                .collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
