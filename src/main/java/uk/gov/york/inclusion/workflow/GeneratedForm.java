package uk.gov.york.inclusion.workflow;

/**
 * A form whose deployed JSON is its template under {@code forms/} filled with data from the database.
 *
 * <p>Tasklist 7.24 gives a Camunda Form start form no variables from the server, so option lists that depend on
 * stored data, such as a cluster's approved priorities, must be written into the form itself. Such a form is
 * deployed on its own, apart from the models, and again whenever its data changes; the start event that shows it
 * binds it with {@code camunda:formRefBinding="latest"}.
 */
public interface GeneratedForm {

    /** Returns the template's resource name, such as {@code forms/commissioning-request.form}. */
    String resource();

    /** Returns the form JSON to deploy, built from the template's JSON and current data. */
    String render(String template);
}
