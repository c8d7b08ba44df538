package uk.gov.york.inclusion.commissioning;

import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.priorities.PriorityListForm;
import uk.gov.york.inclusion.priorities.PriorityListWriter;
import uk.gov.york.inclusion.workflow.GeneratedFormPublisher;

/** The commissioning request start form, which offers each cluster's approved priorities. */
@Component
class RequestStartForm extends PriorityListForm {

    static final String RESOURCE = "forms/commissioning-request.form";

    RequestStartForm(PriorityListWriter priorityList, GeneratedFormPublisher publisher) {
        super(RESOURCE, priorityList, publisher);
    }
}
