package uk.gov.york.inclusion.schooldata.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.york.inclusion.schooldata.LineError;
import uk.gov.york.inclusion.schooldata.SchoolDataImport;
import uk.gov.york.inclusion.schooldata.SchoolDataRejectedException;

/**
 * Imports a period's school data from a CSV body, for administrators. The body must be sent as {@code text/csv},
 * which a cross-site form cannot send, so a signed-in browser cannot be made to post it from another site.
 */
@RestController
class SchoolDataApiController {

    private final SchoolDataImport schoolDataImport;

    SchoolDataApiController(SchoolDataImport schoolDataImport) {
        this.schoolDataImport = schoolDataImport;
    }

    @PostMapping(path = "/api/school-data", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    SchoolDataImport.ImportSummary importPeriod(
            @RequestParam String period,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestBody(required = false) String csv) {
        return schoolDataImport.importFile(period, csv, replace);
    }

    @ExceptionHandler(SchoolDataRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(SchoolDataRejectedException e) {
        List<Map<String, Object>> errors =
                e.getErrors().stream().map(SchoolDataApiController::view).toList();
        return ResponseEntity.badRequest()
                .body(Map.of("field", e.getField(), "message", e.getMessage(), "errors", errors));
    }

    private static Map<String, Object> view(LineError error) {
        return Map.of("line", error.line(), "message", error.message());
    }
}
