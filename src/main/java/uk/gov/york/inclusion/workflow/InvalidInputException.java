package uk.gov.york.inclusion.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input from a person: a form field, a REST body or a variable. The message names the field and says what to do.
 *
 * <p>It extends the engine's own form validation exception, so a rule broken inside a delegate or task listener
 * rolls the whole step back, and the engine's REST API, including the one Tasklist calls, answers a form submission
 * with 400 and this message rather than with 500.
 */
public class InvalidInputException extends FormFieldValidationException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field, message);
        this.field = field;
    }

    /** Returns the form field or variable the message is about. */
    public String getField() {
        return field;
    }
}
