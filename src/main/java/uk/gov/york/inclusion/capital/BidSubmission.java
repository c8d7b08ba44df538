package uk.gov.york.inclusion.capital;

import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.budget.FinancialYear;
import uk.gov.york.inclusion.budget.Money;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.cluster.ClusterDirectory;
import uk.gov.york.inclusion.priorities.PriorityChoices;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Registers, resubmits and withdraws capital bids for the cluster lead. Runs inside the process step, so a rejected
 * bid leaves nothing behind: neither the bid nor the process instance.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BidSubmission {

    private static final Logger log = LoggerFactory.getLogger(BidSubmission.class);

    private final CapitalBids bids;
    private final BidVersions versions;
    private final BiddingRounds rounds;
    private final CapitalFundLedger fund;
    private final ClusterDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;
    private final PriorityChoices priorities;

    BidSubmission(
            CapitalBids bids,
            BidVersions versions,
            BiddingRounds rounds,
            CapitalFundLedger fund,
            ClusterDirectory directory,
            CurrentUser currentUser,
            Clock clock,
            PriorityChoices priorities,
            AuditTrail audit) {
        this.bids = bids;
        this.versions = versions;
        this.rounds = rounds;
        this.fund = fund;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.priorities = priorities;
        this.audit = audit;
    }

    CapitalBid submit(BidForm form, String processInstanceId) {
        Cluster cluster = directory.require("clusterCode", form.clusterCode());
        requireLead(cluster);
        directory.requireSchoolsOf(cluster, form.schoolCodes(), "schools");
        CapitalRound round = rounds.requireOpen("round");
        requireWithinFund(form, round.getFinancialYear());
        requirePlannedPriority(cluster, round.getFinancialYear(), form);

        String reference = nextReference(cluster, round);
        CapitalBid bid = bids.save(
                new CapitalBid(reference, cluster, round, form.details(), currentUser.id(), processInstanceId));
        versions.save(new BidVersion(bid, currentUser.id(), clock.instant()));
        log.info(
                "Capital bid {} submitted by {} for {} in {}",
                reference,
                currentUser.id(),
                Money.format(form.details().getAmount()),
                round.label());
        audit.record(
                "bid submitted",
                reference,
                cluster.getCode(),
                Money.format(form.details().getAmount()) + " in " + round.label());
        return bid;
    }

    void resubmit(CapitalBid bid, BidForm form) {
        requireLead(bid.getCluster());
        if (!bid.getCluster().getCode().equals(form.clusterCode())) {
            throw new InvalidInputException(
                    "clusterCode",
                    "The cluster of " + bid.getReference() + " cannot change; withdraw it and submit a new bid.");
        }
        directory.requireSchoolsOf(bid.getCluster(), form.schoolCodes(), "schools");
        requireWithinFund(form, bid.getFinancialYear());
        requirePlannedPriority(bid.getCluster(), bid.getFinancialYear(), form);

        bid.resubmit(form.details());
        versions.save(new BidVersion(bid, currentUser.id(), clock.instant()));
        log.info(
                "Capital bid {} resubmitted by {} as version {}",
                bid.getReference(),
                currentUser.id(),
                bid.getVersion());
        audit.record(
                "bid resubmitted",
                bid.getReference(),
                bid.getCluster().getCode(),
                "version " + bid.getVersion() + " for "
                        + Money.format(form.details().getAmount()));
    }

    void withdraw(CapitalBid bid) {
        requireLead(bid.getCluster());
        bid.changeStatus(BidStatus.WITHDRAWN);
        log.info("Capital bid {} withdrawn by {}", bid.getReference(), currentUser.id());
        audit.record("bid withdrawn", bid.getReference(), bid.getCluster().getCode(), null);
    }

    /** Rejects a priority that the cluster's approved plan for the bid's year does not have, or "none" beside one. */
    private void requirePlannedPriority(Cluster cluster, FinancialYear year, BidForm form) {
        priorities.resolve(
                cluster,
                year,
                form.priorityChoice(),
                form.details().getPriority().noPriorityReason());
    }

    private void requireLead(Cluster cluster) {
        if (!currentUser.isMemberOf(cluster.leadGroupId())) {
            throw new InvalidInputException(
                    "clusterCode",
                    "Only a lead of the " + cluster.getName() + " cluster can submit or change its bids.");
        }
    }

    /** Rejects an amount above the whole fund. Whether the fund can still pay is decided at the award. */
    private void requireWithinFund(BidForm form, FinancialYear year) {
        FundPosition position = fund.position(year);
        if (form.details().getAmount().compareTo(position.allocation()) > 0) {
            throw new InvalidInputException(
                    "amount",
                    "Amount " + Money.format(form.details().getAmount()) + " is more than the whole " + year
                            + " capital fund of " + Money.format(position.allocation()) + ".");
        }
    }

    /** Numbers bids per cluster and year, such as CAP-EAST-2026-27-001; the fund row lock keeps numbers unique. */
    private String nextReference(Cluster cluster, CapitalRound round) {
        FinancialYear year = round.getFinancialYear();
        fund.lockFund(year);
        String prefix = "CAP-" + cluster.getCode().toUpperCase(Locale.ROOT) + "-" + year + "-";
        long next = bids.countByClusterAndReferenceStartingWith(cluster, prefix) + 1;
        return prefix + String.format("%03d", next);
    }
}
