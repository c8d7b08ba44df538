package uk.gov.york.inclusion.e2e;

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
import org.junit.jupiter.api.Assumptions;
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

/**
 * Headless Chromium on Camunda Tasklist 7.24 and the Camunda Forms (form-js) it renders: signing in, starting a
 * process, claiming and completing tasks, and filling form fields by their keys.
 *
 * <p>It uses the system's Chromium and chromedriver, never a downloaded browser. Without them {@link #open} skips the
 * test, except on CI ({@code CI=true}), where it fails.
 */
final class TasklistBrowser implements AutoCloseable {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(TasklistBrowser.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path FAILURE_OUTPUT = Path.of("target", "e2e");

    private final String tasklistUrl;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private TasklistBrowser(String tasklistUrl, Path profile, ChromeDriver driver) {
        this.tasklistUrl = tasklistUrl;
        this.profile = profile;
        this.driver = driver;
        // Angular re-renders parts of Tasklist while it loads, so an element found a moment ago may be replaced.
        this.wait = new WebDriverWait(driver, TIMEOUT);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /**
     * Starts Chromium with a fresh profile on the Tasklist of the application at the port. Call it from
     * {@code @BeforeEach} rather than {@code @BeforeAll}, because Surefire 3.5 reports a class aborted there as zero
     * tests run.
     */
    static TasklistBrowser open(int port) throws IOException {
        Path chromium = requireExecutable("CHROMIUM_BINARY", "/usr/bin/chromium", "Chromium");
        Path chromedriver = requireExecutable("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver", "chromedriver");

        Path profile = Files.createTempDirectory("tasklist-e2e-chromium");
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
        ChromeDriver driver = new ChromeDriver(service, options);
        // form-js takes its date format from the browser's locale, so the browser uses a UK locale like York's staff.
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-GB"));
        return new TasklistBrowser("http://127.0.0.1:" + port + "/camunda/app/tasklist/", profile, driver);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    void signIn(String user) {
        driver.get(tasklistUrl);
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

    /** Opens a page of the application, such as {@code /dashboard/clusters/east}, in the signed-in session. */
    void openPage(String path) {
        driver.get(tasklistUrl.replace("/camunda/app/tasklist/", path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    }

    /** Returns the text of the page's first element matching the CSS selector. */
    String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** Resizes the window, for example to a phone's width of 390 pixels. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void signOut() {
        driver.findElement(By.cssSelector("li.account a.dropdown-toggle")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    }

    /** Opens the start form of the named process and waits until the field with the key can be used. */
    void openStartForm(String processName, String firstFieldKey) {
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Start process")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(processName)))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(fieldLocator(firstFieldKey)));
    }

    /** Clicks the start form's Start button and returns Tasklist's notification. */
    String submitStartForm() {
        driver.findElement(By.cssSelector(".modal-footer button.btn-primary")).click();
        return awaitNotification();
    }

    void openTask(String taskName) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(taskName)))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
    }

    void claimTask() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    /** Completes the open task and fails with Tasklist's message if the server rejected it. */
    void completeTask() {
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
    void clickInView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks a heading of the open form, so that the field typed last loses focus and validates its value. */
    void clickFormHeading(String cssSelector) {
        driver.findElement(By.cssSelector(cssSelector)).click();
    }

    /** Waits for Tasklist's next notification, a success or a server error, and returns its text. */
    String awaitNotification() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert")))
                .getText();
    }

    /** Opens a select's list and clicks the option, both scrolled clear of Tasklist's fixed footer. */
    void chooseOption(String key, String label) {
        clickInView(wait.until(ExpectedConditions.elementToBeClickable(fieldLocator(key + "-display"))));
        By option = By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + xpathLiteral(label) + "]");
        clickInView(wait.until(ExpectedConditions.elementToBeClickable(option)));
    }

    /** Types a date in the format the date field's placeholder shows, such as dd/mm/yyyy. */
    void typeDate(String key, LocalDate date) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(fieldLocator(key + "-date")));
        String placeholder = input.getAttribute("placeholder");
        DateTimeFormatter format = DateTimeFormatter.ofPattern(placeholder.replace("mm", "MM"));
        input.sendKeys(date.format(format), Keys.TAB);
    }

    /**
     * Replaces the text of the field with the key and blurs it, then checks the field still contains the text a
     * moment later, typing it again if not.
     *
     * <p>form-js stores typed text after a short debounce or on blur. In the priorities forms, typing into the next
     * field right away sometimes left the previous textarea empty after the form re-rendered, so a plain
     * {@code sendKeys} made the test flaky.
     */
    void type(String key, String text) {
        wait.until(browser -> {
            WebElement input = field(key);
            if (text.equals(input.getAttribute("value"))) {
                return true;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            // Blurring from script, not with Tab, because Tab would focus the next field and open a select's list.
            driver.executeScript("arguments[0].blur()", input);
            // Checked again at the next poll, after form-js has had time to re-render.
            return false;
        });
    }

    void clickChecklistOption(String label) {
        clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(checklistOption(label))));
    }

    void clickRadioOption(String label) {
        clickInView(wait.until(ExpectedConditions.visibilityOfElementLocated(radioOption(label))));
    }

    /** Waits until the checklist offers the option. */
    void awaitChecklistOption(String label) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(checklistOption(label)));
    }

    boolean hasChecklistOption(String label) {
        return !driver.findElements(checklistOption(label)).isEmpty();
    }

    boolean isFieldShown(String key) {
        return !driver.findElements(fieldLocator(key)).isEmpty();
    }

    WebElement field(String key) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(fieldLocator(key)));
    }

    String fieldValue(String key) {
        return field(key).getAttribute("value");
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

    /** Saves a screenshot into the folder the e2e.screenshots property names, and does nothing when it is unset. */
    void saveForDocs(String fileName) {
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

    /** Writes the screenshot and page source to {@code target/e2e/<testName>.png} and {@code .html}. */
    void saveState(String testName) throws IOException {
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
