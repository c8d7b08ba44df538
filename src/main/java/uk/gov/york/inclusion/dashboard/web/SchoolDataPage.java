package uk.gov.york.inclusion.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.york.inclusion.schooldata.SchoolDataImport;
import uk.gov.york.inclusion.schooldata.SchoolDataPeriods;
import uk.gov.york.inclusion.schooldata.SchoolDataRejectedException;
import uk.gov.york.inclusion.workflow.AccessDeniedException;
import uk.gov.york.inclusion.workflow.CurrentUser;
import uk.gov.york.inclusion.workflow.Groups;
import uk.gov.york.inclusion.workflow.InvalidInputException;

/** The administrators' page for uploading a period's school data file and seeing the periods imported so far. */
@Controller
class SchoolDataPage {

    private static final String PAGE = "/dashboard/school-data";

    private final SchoolDataImport schoolDataImport;
    private final SchoolDataPeriods periods;
    private final CurrentUser currentUser;

    SchoolDataPage(SchoolDataImport schoolDataImport, SchoolDataPeriods periods, CurrentUser currentUser) {
        this.schoolDataImport = schoolDataImport;
        this.periods = periods;
        this.currentUser = currentUser;
    }

    @GetMapping(PAGE)
    String form(HttpSession session, Model model) {
        requireAdministrator();
        addPage(session, model);
        return "dashboard/school-data";
    }

    @PostMapping(PAGE)
    String upload(
            @RequestParam(required = false) String period,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam(name = SessionCsrfToken.PARAMETER, required = false) String csrfToken,
            HttpSession session,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        requireAdministrator();
        SessionCsrfToken.check(session, csrfToken);
        try {
            String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
            SchoolDataImport.ImportSummary summary = schoolDataImport.importFile(period, text, replace);
            redirect.addFlashAttribute("imported", summary);
            return "redirect:" + PAGE;
        } catch (SchoolDataRejectedException e) {
            model.addAttribute("lineErrors", e.getErrors());
            return rejected(e, period, session, model, response);
        } catch (InvalidInputException e) {
            return rejected(e, period, session, model, response);
        }
    }

    private String rejected(
            InvalidInputException e, String period, HttpSession session, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", e);
        model.addAttribute("period", period);
        addPage(session, model);
        return "dashboard/school-data";
    }

    private void addPage(HttpSession session, Model model) {
        model.addAttribute("csrfToken", SessionCsrfToken.of(session));
        model.addAttribute("periods", periods.findAllByOrderByPeriodDesc());
        model.addAttribute("userId", currentUser.id());
        model.addAttribute("canOverview", true);
    }

    private void requireAdministrator() {
        if (!currentUser.isMemberOf(Groups.ADMINISTRATORS)) {
            throw new AccessDeniedException("Only an administrator can import school data.");
        }
    }
}
