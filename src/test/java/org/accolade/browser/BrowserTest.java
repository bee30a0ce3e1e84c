package org.accolade.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Whole journeys in Debian's Chromium against the running application (H2, demo data, job executor on). In CI
 * (CI=true) a missing Chromium fails the build; on a developer machine without it these tests are skipped.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "camunda.bpm.job-execution.wait-time-in-millis=100",
        "camunda.bpm.job-execution.max-wait=500",
        "vaadin.devmode.devTools.enabled=false" })
@DirtiesContext
abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Under target/, so that a test run leaves the working tree clean; the README's command for the screenshots it
     * shows points this at docs/screenshots.
     */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("accolade.screenshots", "target/screenshots"));

    @LocalServerPort
    private int port;

    private WebDriver browser;

    /** A fresh browser, whose preferred language is {@code language} (the app defaults to it). */
    WebDriver open(String language) {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI must run the browser tests: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(available, "Chromium is not installed: browser tests skipped outside CI");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(driver, options);
        return browser;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void go(String path) {
        browser.get("http://localhost:" + port + path);
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight, so that the screen shows the server's last answer. */
    void waitForVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("""
                        if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return false; }
                        return Object.values(window.Vaadin.Flow.clients)
                            .every(client => !client.isActive || !client.isActive());""")));
    }

    /** The element, scrolled into view: the layout's content area scrolls, and Selenium does not scroll it. */
    WebElement waitFor(By locator) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOf(element));
    }

    void signIn(String login, String password) {
        go("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(login);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Saves what the browser shows, for the README (see SCREENSHOTS). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }

    List<WebElement> all(By locator) {
        return browser.findElements(locator);
    }

    /** The field whose visible label is {@code label}: text fields, email fields, text areas, pickers. */
    void fill(String label, String text) {
        WebElement field = waitFor(By.xpath("//*[starts-with(local-name(), 'vaadin-') and ./label[normalize-space()="
                + literal(label) + "]]"));
        WebElement input = field.findElement(By.xpath(".//input | .//textarea"));
        input.clear();
        input.sendKeys(text);
        waitForVaadin();
    }

    void choose(String option) {
        waitFor(By.xpath("//vaadin-radio-button[./label[normalize-space()=" + literal(option) + "]]")).click();
        waitForVaadin();
    }

    void press(String button) {
        waitFor(By.xpath("//vaadin-button[normalize-space()=" + literal(button) + "]")).click();
        waitForVaadin();
    }

    /** The first button with this text inside the element that shows {@code context} (a card, a grid row). */
    void pressNear(String context, String button) {
        waitFor(By.xpath("//*[normalize-space(text())=" + literal(context) + "]/ancestor::*[.//vaadin-button"
                + "[normalize-space()=" + literal(button) + "]][1]//vaadin-button[normalize-space()="
                + literal(button) + "]")).click();
        waitForVaadin();
    }

    void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
            driver.navigate().refresh();
            waitForVaadin();
            return driver.findElement(By.tagName("body")).getText().contains(text);
        });
    }

    boolean shows(String text) {
        return browser.findElement(By.tagName("body")).getText().contains(text);
    }

    WebDriver browser() {
        return browser;
    }

    /** An XPath string literal for any text, quotes included. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
