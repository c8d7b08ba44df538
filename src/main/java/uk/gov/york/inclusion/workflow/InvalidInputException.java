package uk.gov.york.inclusion.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input from a person: a form field, a REST body or a variable. The engine's REST API answers it with 400 and
 * Tasklist shows its message, so the message names the field and says what to do.
 *
 * <p>It extends the engine's own exception so that a rule broken inside a delegate or task listener rolls the whole
 * step back and reaches the person unchanged.
 */
public class InvalidInputException extends BadUserRequestException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field or variable the message is about. */
    public String getField() {
        return field;
    }
}
