package uk.gov.york.inclusion.priorities;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.gov.york.inclusion.workflow.GeneratedForm;
import uk.gov.york.inclusion.workflow.GeneratedFormPublisher;

/**
 * A start form whose priority list holds each cluster's approved priorities. It is deployed again after every plan
 * approval commits, so the list follows the plans. The step that reads the form checks the chosen priority against
 * the plan either way.
 */
public abstract class PriorityListForm implements GeneratedForm {

    private final String resource;
    private final PriorityListWriter writer;
    private final GeneratedFormPublisher publisher;

    protected PriorityListForm(String resource, PriorityListWriter writer, GeneratedFormPublisher publisher) {
        this.resource = resource;
        this.writer = writer;
        this.publisher = publisher;
    }

    @Override
    public String resource() {
        return resource;
    }

    @Override
    public String render(String template) {
        return writer.writeInto(template, resource);
    }

    /** Deploys the form again once an approved plan has committed; a fresh transaction reads the new plan. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onPlanApproved(PlanApproved approved) {
        publisher.publish(this);
    }
}
