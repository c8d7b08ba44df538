package uk.gov.york.inclusion.capital;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.york.inclusion.audit.AuditTrail;
import uk.gov.york.inclusion.cluster.Cluster;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * The capital panel's scoring of a bid. Every member of the {@code capital-panel} group scores, except a member who
 * belongs to the bidding cluster: one in its headteachers' group (they work in one of its schools) or in its leads'
 * group. The bid's score is the mean of the members' totals, and their recommendation is combined as unanimous or
 * mixed.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PanelScoring {

    /** The combined recommendation when the members who scored did not all recommend the same. */
    static final String MIXED = "mixed";

    private static final Logger log = LoggerFactory.getLogger(PanelScoring.class);

    private final CapitalBids bids;
    private final PanelScores scores;
    private final BiddingRounds rounds;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PanelScoring(
            CapitalBids bids,
            PanelScores scores,
            BiddingRounds rounds,
            IdentityService identityService,
            CurrentUser currentUser,
            Clock clock,
            AuditTrail audit) {
        this.bids = bids;
        this.scores = scores;
        this.rounds = rounds;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** Closes the bid's round, if this is its first bid to close, and hands the bid to the panel. */
    void open(CapitalBid bid) {
        rounds.close(bid.getRound());
        bid.changeStatus(BidStatus.SCORING);
        log.info(
                "Capital bid {} sent to the panel in {}",
                bid.getReference(),
                bid.getRound().label());
    }

    /**
     * Returns the panel members who score the bid, one scoring task each. Raises when nobody may score it, so the
     * step fails as an incident an administrator can retry once the panel has members.
     */
    public List<String> panelFor(Long bidId) {
        CapitalBid bid = bids.findById(bidId).orElseThrow();
        List<String> panel =
                identityService
                        .createUserQuery()
                        .memberOfGroup(Groups.CAPITAL_PANEL)
                        .orderByUserId()
                        .asc()
                        .list()
                        .stream()
                        .map(User::getId)
                        .filter(member -> !belongsTo(member, bid.getCluster()))
                        .toList();
        if (panel.isEmpty()) {
            throw new IllegalStateException("No member of " + Groups.CAPITAL_PANEL + " may score capital bid "
                    + bid.getReference() + ": add panel members outside the "
                    + bid.getCluster().getName()
                    + " cluster and retry.");
        }
        return panel;
    }

    /**
     * Records the signed-in member's score. The task's member comes from the engine, the person from the login, and
     * both must match; the unique row per bid, round and member stops a second score even from a racing request.
     */
    void score(CapitalBid bid, String taskPanelMember, ScoreCard card) {
        String member = currentUser.id();
        if (!currentUser.isMemberOf(Groups.CAPITAL_PANEL)) {
            throw new InvalidInputException("needScore", "Only a member of the capital panel can score a bid.");
        }
        if (!member.equals(taskPanelMember)) {
            throw new InvalidInputException(
                    "needScore", "This task is for " + taskPanelMember + ", so only they can score it.");
        }
        if (currentUser.isMemberOf(bid.getCluster().headteacherGroupId())
                || currentUser.isMemberOf(bid.getCluster().leadGroupId())) {
            throw new InvalidInputException(
                    "needScore",
                    "You work in the " + bid.getCluster().getName() + " cluster, so you cannot score its bid "
                            + bid.getReference() + ".");
        }
        if (bid.getStatus() != BidStatus.SCORING) {
            throw new InvalidInputException("needScore", bid.getReference() + " is not with the panel for scoring.");
        }
        if (scores.existsByBidAndRoundAndPanelMember(bid, bid.getRound(), member)) {
            throw new InvalidInputException(
                    "needScore",
                    member + " has already scored " + bid.getReference() + " in "
                            + bid.getRound().label() + ".");
        }

        scores.save(new PanelScore(bid, member, card, clock.instant()));
        log.info("Capital bid {} scored by {}", bid.getReference(), member);
        audit.record(
                "bid scored",
                bid.getReference(),
                bid.getCluster().getCode(),
                "in " + bid.getRound().label());
    }

    /** Ends the bid's scoring once every panel task is complete. */
    void close(CapitalBid bid) {
        bid.changeStatus(BidStatus.SCORED);
        log.info(
                "Capital bid {} scored {} by {} members, recommendation {}",
                bid.getReference(),
                meanScore(bid).map(BigDecimal::toPlainString).orElse("nothing"),
                currentScores(bid).size(),
                combinedRecommendation(bid));
    }

    /** Returns the scores of the bid's current round, by member. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PanelScore> currentScores(CapitalBid bid) {
        return scores.findByBidAndRoundOrderByPanelMember(bid, bid.getRound());
    }

    /** Returns the mean of the members' totals (5 to 25) to two decimals, or empty when nobody scored. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<BigDecimal> meanScore(CapitalBid bid) {
        List<PanelScore> current = currentScores(bid);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        int sum = current.stream().mapToInt(PanelScore::total).sum();
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(current.size()), 2, RoundingMode.HALF_UP));
    }

    /** Returns the recommendation all members who scored gave, {@value #MIXED} when they differ, or empty. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> combinedRecommendation(CapitalBid bid) {
        List<Recommendation> given = currentScores(bid).stream()
                .map(PanelScore::getRecommendation)
                .distinct()
                .toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(given.size() == 1 ? given.get(0).code() : MIXED);
    }

    private boolean belongsTo(String userId, Cluster cluster) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .anyMatch(group -> group.equals(cluster.headteacherGroupId()) || group.equals(cluster.leadGroupId()));
    }
}
