package uk.gov.york.inclusion.capital;

import org.springframework.stereotype.Component;
import uk.gov.york.inclusion.priorities.PriorityListForm;
import uk.gov.york.inclusion.priorities.PriorityListWriter;
import uk.gov.york.inclusion.workflow.GeneratedFormPublisher;

/** The capital bid start form, which offers each cluster's approved priorities. */
@Component
class BidStartForm extends PriorityListForm {

    static final String RESOURCE = "forms/capital-bid.form";

    BidStartForm(PriorityListWriter priorityList, GeneratedFormPublisher publisher) {
        super(RESOURCE, priorityList, publisher);
    }
}
