package uk.gov.york.inclusion.workflow;

import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the product's exceptions into API responses: bad input is 400 naming the field, a refusal
 * 403 and a missing record 404. */
@RestControllerAdvice(basePackages = "uk.gov.york.inclusion")
public class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("field", e.getField(), "message", e.getMessage()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        String name = e.getParameterName();
        return ResponseEntity.badRequest()
                .body(Map.of("field", name, "message", "Parameter '" + name + "' is missing."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadableBody(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest()
                .body(Map.of("field", "body", "message", "Request body is missing or is not valid JSON."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", String.valueOf(e.getMessage())));
    }
}
