package uk.gov.york.inclusion.workflow;

import java.util.List;

/** Ids of the Camunda groups that stand for the council's roles; each cluster also has a group of its own. */
public final class Groups {

    public static final String INCLUSION_OFFICERS = "inclusion-officers";
    public static final String ASSISTANT_DIRECTOR = "assistant-director";
    public static final String FINANCE = "finance";
    /** Members score capital bids; one who works in a cluster's school is also in its headteachers' group. */
    public static final String CAPITAL_PANEL = "capital-panel";
    /** Schools Forum members, who read every cluster's dashboard pages and change nothing. */
    public static final String SCHOOLS_FORUM = "schools-forum";
    /** Camunda's own administrators' group, which the webapps recognise. */
    public static final String ADMINISTRATORS = "camunda-admin";

    /** Groups whose members work across all clusters and so may see every cluster's money. */
    public static final List<String> CITY_WIDE =
            List.of(INCLUSION_OFFICERS, ASSISTANT_DIRECTOR, FINANCE, ADMINISTRATORS);

    private Groups() {}
}
