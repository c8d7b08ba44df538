package uk.gov.york.inclusion.notification;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.capital.CapitalBidDecided;
import uk.gov.york.inclusion.capital.CapitalBidReturned;
import uk.gov.york.inclusion.capital.DecisionOutcome;

/**
 * Mails the lead who submitted a capital bid the Assistant Director's decision, and the comment when an inclusion
 * officer returns the bid for more information. The listeners run in the transaction of the step that published the event, so a decision
 * that rolls back, such as an award the fund cannot cover, leaves no message.
 */
@Component
class CapitalDecisionNotices {

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final ClusterNames clusterNames;

    CapitalDecisionNotices(MailOutbox outbox, Recipients recipients, ClusterNames clusterNames) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.clusterNames = clusterNames;
    }

    @EventListener
    void on(CapitalBidDecided event) {
        String result = event.amountAwarded() == null
                ? resultWithoutAward(event.outcome())
                : "awarded " + MailFormat.money(event.amountAwarded());
        MailContent content = MailContent.of(
                        "Capital bid " + event.reference() + " " + result, "Capital bid: " + heading(event.outcome()))
                .paragraph(paragraph(event))
                .fact("Reference", event.reference())
                .fact("Title", event.title())
                .fact("Decision", event.outcome().label())
                .fact("Amount bid for", MailFormat.money(event.amountRequested()))
                .fact("Amount awarded", event.amountAwarded() == null ? null : MailFormat.money(event.amountAwarded()))
                .fact("Conditions", event.conditions())
                .fact("Reasons", event.reasons())
                .fact("Decided by", event.decidedBy());
        send("capital-decided:" + event.decisionId(), event.submittedBy(), content);
    }

    @EventListener
    void on(CapitalBidReturned event) {
        MailContent content = MailContent.of(
                        "Capital bid " + event.reference() + " returned for more information",
                        "Capital bid returned for more information")
                .paragraph("An inclusion officer has returned capital bid " + event.reference() + " to the "
                        + clusterNames.nameOf(event.clusterCode()) + " cluster. Add what the comment asks for and "
                        + "resubmit the bid, or withdraw it, in Tasklist.")
                .fact("Reference", event.reference())
                .fact("Title", event.title())
                .fact("Amount bid for", MailFormat.money(event.amount()))
                .fact("Returned by", event.returnedBy())
                .fact("Comment", event.comment());
        send("capital-returned:" + event.bidId() + ":" + event.version(), event.submittedBy(), content);
    }

    private String paragraph(CapitalBidDecided event) {
        String cluster = clusterNames.nameOf(event.clusterCode());
        return switch (event.outcome()) {
            case AWARD_IN_FULL -> "Capital bid " + event.reference() + " is awarded in full from the capital fund.";
            case AWARD_WITH_CONDITIONS ->
                "Capital bid " + event.reference() + " is awarded in full from the capital "
                        + "fund, on the conditions below.";
            case AWARD_REDUCED ->
                "Capital bid " + event.reference() + " is awarded less than the " + cluster + " cluster bid for.";
            case DEFER ->
                "Capital bid " + event.reference() + " is deferred. It joins the next bidding round when the "
                        + "round opens, and no money is awarded now.";
            case REJECT -> "Capital bid " + event.reference() + " is rejected. No money is awarded.";
        };
    }

    private static String heading(DecisionOutcome outcome) {
        return switch (outcome) {
            case AWARD_IN_FULL -> "awarded in full";
            case AWARD_WITH_CONDITIONS -> "awarded with conditions";
            case AWARD_REDUCED -> "awarded a reduced amount";
            case DEFER -> "deferred to the next round";
            case REJECT -> "rejected";
        };
    }

    private static String resultWithoutAward(DecisionOutcome outcome) {
        return outcome == DecisionOutcome.DEFER ? "deferred to the next round" : "rejected";
    }

    private void send(String key, String userId, MailContent content) {
        List<String> to = recipients.addressOf(userId).stream().toList();
        outbox.queue(key, DecisionNotices.KIND, to, content);
    }
}
