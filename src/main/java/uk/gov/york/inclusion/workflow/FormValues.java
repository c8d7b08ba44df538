package uk.gov.york.inclusion.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads form fields from process or task variables, whatever type Tasklist, the REST API or Java code gave them, and
 * raises {@link InvalidInputException} naming the field when one is missing or malformed.
 */
public final class FormValues {

    /** Camunda stores a string variable in a column of 4,000 characters; longer text fails when saved. */
    public static final int MAXIMUM_TEXT_LENGTH = 4000;

    private final VariableScope variables;

    private FormValues(VariableScope variables) {
        this.variables = variables;
    }

    public static FormValues of(VariableScope variables) {
        return new FormValues(variables);
    }

    public Object raw(String field) {
        return variables.getVariable(field);
    }

    /** Reads required text of at most {@code maximumLength} characters, trimmed. */
    public String text(String field, String label, int maximumLength) {
        String value = optionalText(field, label, maximumLength);
        if (value == null) {
            throw new InvalidInputException(field, label + " is missing.");
        }
        return value;
    }

    /** Reads text that may be left empty; returns null when it is. */
    public String optionalText(String field, String label, int maximumLength) {
        Object raw = variables.getVariable(field);
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        if (!(raw instanceof String text)) {
            throw new InvalidInputException(field, label + " must be text.");
        }
        String trimmed = text.trim();
        if (trimmed.length() > maximumLength) {
            throw new InvalidInputException(
                    field, label + " is " + trimmed.length() + " characters long; the limit is " + maximumLength + ".");
        }
        return trimmed;
    }

    /** Reads a date written {@code YYYY-MM-DD}, as Tasklist's date fields submit it. */
    public LocalDate date(String field, String label) {
        Object raw = variables.getVariable(field);
        if (raw == null || raw.toString().isBlank()) {
            throw new InvalidInputException(field, label + " is missing.");
        }
        if (raw instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        }
        if (raw instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(raw.toString().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + " '" + raw + "' is not a date: write it as YYYY-MM-DD.");
        }
    }

    /** Reads a list of codes from a checklist or taglist (a Json array), a Java collection or comma-separated text. */
    public List<String> codes(String field, String label) {
        Object raw = variables.getVariable(field);
        List<String> codes = new ArrayList<>();
        if (raw instanceof SpinJsonNode json && json.isArray()) {
            json.elements()
                    .forEach(element -> codes.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (raw instanceof Collection<?> collection) {
            collection.forEach(element -> codes.add(String.valueOf(element)));
        } else if (raw instanceof String text) {
            for (String part : text.split(",")) {
                codes.add(part);
            }
        } else if (raw != null) {
            throw new InvalidInputException(field, label + " must be a list.");
        }
        List<String> cleaned =
                codes.stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
        if (cleaned.isEmpty()) {
            throw new InvalidInputException(field, label + " are missing: choose at least one.");
        }
        return cleaned;
    }
}
