package uk.gov.york.inclusion.dashboard.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/**
 * Shows the dashboard pages' errors as pages rather than the API's JSON: 403 for a page the user may not see, 400 for
 * an unknown cluster or a badly written year. Ordered before the API's handler, which would otherwise handle them first.
 */
@ControllerAdvice(assignableTypes = {DashboardController.class, SchoolDataPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors {

    private static final Logger log = LoggerFactory.getLogger(DashboardErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(AccessDeniedException e, Model model) {
        log.info("Dashboard page access denied: {}", e.getMessage());
        model.addAttribute("title", "You cannot see this page");
        model.addAttribute("message", e.getMessage());
        return "dashboard/error";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidInput(InvalidInputException e, Model model) {
        model.addAttribute("title", "The address is not valid");
        model.addAttribute("message", e.getMessage());
        return "dashboard/error";
    }
}
