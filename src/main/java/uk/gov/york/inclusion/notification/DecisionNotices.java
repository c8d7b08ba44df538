package uk.gov.york.inclusion.notification;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.commissioning.CommissioningRequestApproved;
import uk.gov.york.inclusion.commissioning.CommissioningRequestRejected;
import uk.gov.york.inclusion.commissioning.CommissioningRequestReturned;
import uk.gov.york.inclusion.priorities.PlanApproved;
import uk.gov.york.inclusion.priorities.PlanReturned;
import uk.gov.york.inclusion.priorities.PriorityPlan;
import uk.gov.york.inclusion.priorities.PriorityPlans;

/**
 * Tells whoever submitted a commissioning request or drafted a priority plan what was decided. The listeners run in
 * the transaction of the step that published the event, so a decision that rolls back leaves no message.
 */
@Component
class DecisionNotices {

    static final String KIND = "decision";

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final ClusterNames clusterNames;
    private final PriorityPlans plans;

    DecisionNotices(MailOutbox outbox, Recipients recipients, ClusterNames clusterNames, PriorityPlans plans) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.clusterNames = clusterNames;
        this.plans = plans;
    }

    @EventListener
    void on(CommissioningRequestApproved event) {
        MailContent content = MailContent.of(
                        "Commissioning request " + event.reference() + " approved: " + MailFormat.money(event.amount()),
                        "Commissioning request approved")
                .paragraph("Your commissioning request " + event.reference() + " is approved, and its amount is "
                        + "committed against the " + clusterNames.nameOf(event.clusterCode()) + " cluster's budget.")
                .fact("Reference", event.reference())
                .fact("Category", event.category())
                .fact("Provider", event.provider())
                .fact("What will be delivered", event.description())
                .fact("Amount", MailFormat.money(event.amount()))
                .fact("Approved by", event.approvedBy());
        send("commissioning-approved:" + event.requestId(), event.submittedBy(), content);
    }

    @EventListener
    void on(CommissioningRequestReturned event) {
        String heading = event.returnedBy() == null
                ? "Commissioning request returned: not enough money available"
                : "Commissioning request returned for changes";
        MailContent content = MailContent.of(
                        "Commissioning request " + event.reference() + " returned: " + MailFormat.money(event.amount()),
                        heading)
                .paragraph("Your commissioning request " + event.reference() + " has come back to the "
                        + clusterNames.nameOf(event.clusterCode()) + " cluster. Amend and resubmit it, or withdraw "
                        + "it, in Tasklist.")
                .fact("Reference", event.reference())
                .fact("Amount", MailFormat.money(event.amount()))
                .fact("Returned by", event.returnedBy())
                .fact("Reason", event.reason());
        send("commissioning-returned:" + event.requestId() + ":" + event.cause(), event.submittedBy(), content);
    }

    @EventListener
    void on(CommissioningRequestRejected event) {
        MailContent content = MailContent.of(
                        "Commissioning request " + event.reference() + " rejected: " + MailFormat.money(event.amount()),
                        "Commissioning request rejected")
                .paragraph("Your commissioning request " + event.reference() + " is rejected. No money is committed.")
                .fact("Reference", event.reference())
                .fact("Amount", MailFormat.money(event.amount()))
                .fact("Rejected by", event.rejectedBy())
                .fact("Reason", event.reason());
        send("commissioning-rejected:" + event.decisionId(), event.submittedBy(), content);
    }

    @EventListener
    void on(PlanApproved event) {
        PriorityPlan plan = plans.findById(event.planId())
                .orElseThrow(() -> new IllegalStateException("Priority plan " + event.planId() + " not found"));
        MailContent content = MailContent.of(
                        "Priority plan " + event.reference() + " approved", "Priority plan approved")
                .paragraph("The " + clusterNames.nameOf(event.clusterCode()) + " cluster's priority plan for "
                        + event.financialYear() + " is approved and is now the cluster's plan for the year.")
                .fact("Reference", event.reference())
                .fact("Financial year", event.financialYear())
                .fact("Approved by", event.approvedBy());
        send("plan-approved:" + event.planId(), plan.getDraftedBy(), content);
    }

    @EventListener
    void on(PlanReturned event) {
        MailContent content = MailContent.of(
                        "Priority plan " + event.reference() + " returned", "Priority plan returned")
                .paragraph("The " + clusterNames.nameOf(event.clusterCode()) + " cluster's priority plan for "
                        + event.financialYear() + " has come back for changes. Revise and resubmit it, or withdraw "
                        + "it, in Tasklist.")
                .fact("Reference", event.reference())
                .fact("Returned by", event.returnedBy())
                .fact("Comment", event.comment());
        send("plan-returned:" + event.decisionId(), event.draftedBy(), content);
    }

    private void send(String key, String userId, MailContent content) {
        List<String> to = recipients.addressOf(userId).stream().toList();
        outbox.queue(key, KIND, to, content);
    }
}
