package uk.gov.york.inclusion.commissioning;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.gov.york.inclusion.priorities.PlanApproved;
import uk.gov.york.inclusion.priorities.PriorityListWriter;
import uk.gov.york.inclusion.workflow.GeneratedForm;
import uk.gov.york.inclusion.workflow.GeneratedFormPublisher;

/**
 * The commissioning request start form, with each cluster's approved priorities written into its priority list. It
 * is deployed again after every plan approval commits, so the list follows the plans. The registration checks the
 * chosen priority against the plan either way.
 */
@Component
class RequestStartForm implements GeneratedForm {

    static final String RESOURCE = "forms/commissioning-request.form";

    private final PriorityListWriter priorityList;
    private final GeneratedFormPublisher publisher;

    RequestStartForm(PriorityListWriter priorityList, GeneratedFormPublisher publisher) {
        this.priorityList = priorityList;
        this.publisher = publisher;
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String render(String template) {
        return priorityList.writeInto(template, RESOURCE);
    }

    /** Deploys the form again once an approved plan has committed; a fresh transaction reads the new plan. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onPlanApproved(PlanApproved approved) {
        publisher.publish(this);
    }
}
