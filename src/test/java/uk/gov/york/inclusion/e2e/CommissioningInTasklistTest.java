package uk.gov.york.inclusion.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.gov.york.inclusion.support.IntegrationTest;
import uk.gov.york.inclusion.support.TestData;

/**
 * Drives the real Camunda Tasklist in headless Chromium: a cluster lead submits a commissioning request through the
 * start form and an inclusion officer approves it, then the budget API shows the money committed.
 *
 * <p>It uses the system's Chromium and chromedriver, never a downloaded browser. Without them the test is skipped,
 * except on CI ({@code CI=true}), where it fails. On failure the screenshot and page source are written to
 * {@code target/e2e/}. Run with {@code -De2e.screenshots=docs} to also refresh {@code docs/tasklist-start-form.png}
 * and {@code docs/tasklist-review-form.png}.
 */
@IntegrationTest
class CommissioningInTasklistTest {

    private static final Logger log = LoggerFactory.getLogger(CommissioningInTasklistTest.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path FAILURE_OUTPUT = Path.of("target", "e2e");
    private static final String PASSWORD = "demo";

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private TestData testData;

    private Path profile;
    private ChromeDriver driver;
    private WebDriverWait wait;

    /** Saves what the browser showed when a test failed, before {@link #closeBrowser()} quits it. */
    @RegisterExtension
    final AfterTestExecutionCallback saveBrowserOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            saveBrowserState(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() throws IOException {
        // Checked here rather than in @BeforeAll, because Surefire 3.5 reports a class aborted there as zero tests run.
        Path chromium = requireExecutable("CHROMIUM_BINARY", "/usr/bin/chromium", "Chromium");
        Path chromedriver = requireExecutable("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver", "chromedriver");
        testData.reset();

        profile = Files.createTempDirectory("tasklist-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // Angular re-renders parts of Tasklist while it loads, so an element found a moment ago may be replaced.
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        // form-js takes its date format from the browser's locale, so the browser uses a UK locale like York's staff.
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-GB"));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void leadSubmitsAndOfficerApprovesInTasklist() {
        LocalDate startDate = testData.dayInOpenYear(30);
        LocalDate endDate = testData.dayInOpenYear(120);

        signIn("lead-east");
        openStartForm("Outreach commissioning");
        chooseOption("clusterCode", "East");
        // The checklist's options come from a FEEL valuesExpression keyed by the chosen cluster.
        wait.until(ExpectedConditions.visibilityOfElementLocated(checklistOption("Tang Hall")));
        assertThat(driver.findElements(checklistOption("Manor")))
                .as("a North school offered for the East cluster")
                .isEmpty();
        chooseOption("category", "SEMH outreach");
        field("provider").sendKeys("York SEMH Partnership");
        field("description").sendKeys("Weekly outreach sessions for pupils at risk of exclusion.");
        clickInView(driver.findElement(checklistOption("Tang Hall")));
        clickInView(driver.findElement(checklistOption("St Lawrence's")));
        typeDate("startDate", startDate);
        typeDate("endDate", endDate);
        field("amount").sendKeys("4500.50");
        driver.findElement(By.cssSelector(".modal-body h2")).click();
        saveForDocs("tasklist-start-form.png");

        driver.findElement(By.cssSelector(".modal-footer button.btn-primary")).click();
        assertThat(awaitNotification()).contains("The process has been started.");
        signOut();

        signIn("officer");
        openTask("Review commissioning request");
        claimTask();
        assertThat(field("reference").getAttribute("value")).startsWith("COM-EAST-");
        assertThat(field("schoolNames").getAttribute("value")).isEqualTo("Tang Hall, St Lawrence's");
        assertThat(field("startDate").getAttribute("value")).isEqualTo(startDate.toString());
        assertThat(field("endDate").getAttribute("value")).isEqualTo(endDate.toString());
        assertThat(field("amountDisplay").getAttribute("value")).isEqualTo("£4,500.50");
        assertThat(field("submittedBy").getAttribute("value")).isEqualTo("lead-east");
        clickInView(driver.findElement(radioOption("Approve")));
        saveForDocs("tasklist-review-form.png");
        completeTask();

        ResponseEntity<Map<String, String>> budget = budgetOf("east");
        assertThat(budget.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(budget.getBody()).containsEntry("committed", "4500.50");
        assertThat(budget.getBody()).containsEntry("available", "95499.50");
    }

    private void signIn(String user) {
        driver.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/");
        // Angular may still replace the login form while it starts, so type until both fields contain the typed values.
        wait.until(browser -> {
            WebElement name = browser.findElement(By.cssSelector("input[ng-model=username]"));
            WebElement password = browser.findElement(By.cssSelector("input[ng-model=password]"));
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys(PASSWORD);
            return user.equals(name.getAttribute("value")) && PASSWORD.equals(password.getAttribute("value"));
        });
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account a.dropdown-toggle")));
    }

    private void signOut() {
        driver.findElement(By.cssSelector("li.account a.dropdown-toggle")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    }

    private void openStartForm(String processName) {
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Start process")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(processName)))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(fieldLocator("clusterCode-display")));
    }

    private void openTask(String taskName) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(taskName)))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
    }

    private void claimTask() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    /** Completes the open task and fails with Tasklist's message if the server rejected it. */
    private void completeTask() {
        By complete = By.cssSelector("button[ng-click='complete()']");
        clickInView(wait.until(ExpectedConditions.elementToBeClickable(complete)));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.invisibilityOfElementLocated(complete),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert-danger"))));
        List<WebElement> errors = driver.findElements(By.cssSelector(".notifications .alert-danger"));
        if (!errors.isEmpty()) {
            fail("Tasklist did not complete the task: " + errors.get(0).getText());
        }
    }

    /** Clicks an element after scrolling it to the middle of the view, clear of Tasklist's fixed footer. */
    private void clickInView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits for Tasklist's next notification, a success or a server error, and returns its text. */
    private String awaitNotification() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert")))
                .getText();
    }

    private void chooseOption(String key, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(fieldLocator(key + "-display")))
                .click();
        By option = By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + xpathLiteral(label) + "]");
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
    }

    /** Types a date in the format the date field's placeholder shows, such as dd/mm/yyyy. */
    private void typeDate(String key, LocalDate date) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(fieldLocator(key + "-date")));
        String placeholder = input.getAttribute("placeholder");
        DateTimeFormatter format = DateTimeFormatter.ofPattern(placeholder.replace("mm", "MM"));
        input.sendKeys(date.format(format), Keys.TAB);
    }

    private WebElement field(String key) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator(key)));
    }

    /** form-js prefixes each element id with a random form id: {@code fjs-form-<random>-Field_<key>}. */
    private static By fieldLocator(String keyAndSuffix) {
        return By.cssSelector("[id$='-Field_" + keyAndSuffix + "']");
    }

    private static By checklistOption(String label) {
        return By.xpath("//div[contains(@class,'fjs-form-field-checklist')]//label[normalize-space()="
                + xpathLiteral(label) + "]");
    }

    private static By radioOption(String label) {
        return By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()=" + xpathLiteral(label) + "]");
    }

    /** Quotes text for XPath 1.0, which has no escape for a quote inside a literal. */
    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private ResponseEntity<Map<String, String>> budgetOf(String cluster) {
        return rest.withBasicAuth("officer", PASSWORD)
                .exchange(
                        "/api/clusters/{cluster}/budget?year={year}",
                        HttpMethod.GET,
                        null,
                        new ParameterizedTypeReference<Map<String, String>>() {},
                        cluster,
                        testData.openYear().toString());
    }

    /** Saves a screenshot into the folder the e2e.screenshots property names, and does nothing when it is unset. */
    private void saveForDocs(String fileName) {
        String folder = System.getProperty("e2e.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        // Show each form from its heading: earlier clicks scrolled the dialog or task pane down.
        driver.executeScript("document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0; })");
        try {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, fileName), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + fileName + " in " + folder, e);
        }
    }

    private void saveBrowserState(String testName) throws IOException {
        Files.createDirectories(FAILURE_OUTPUT);
        Files.write(FAILURE_OUTPUT.resolve(testName + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(FAILURE_OUTPUT.resolve(testName + ".html"), driver.getPageSource());
    }

    /**
     * Returns the executable named by the environment variable, or the default path. A missing one skips the test, or
     * fails it on CI, where the browser must be installed.
     */
    private static Path requireExecutable(String variable, String defaultPath, String name) {
        String configured = System.getenv(variable);
        Path path = Path.of(configured == null || configured.isBlank() ? defaultPath : configured);
        if (Files.isExecutable(path)) {
            return path;
        }
        String message = name + " binary is missing: " + path + " is not an executable file."
                + " Install Debian's chromium and chromium-driver packages, or set " + variable + ".";
        if ("true".equals(System.getenv("CI"))) {
            return fail(message);
        }
        log.warn("Skipping the Tasklist test: {}", message);
        return Assumptions.abort(message);
    }
}
