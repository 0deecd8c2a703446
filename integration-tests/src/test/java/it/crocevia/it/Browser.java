package it.crocevia.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the console like an operator: a fresh profile per
 * instance (so no session leaks between tests), and waits instead of sleeps.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() {
        Path profile;
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(tmp);
            profile = Files.createTempDirectory(tmp, "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("crocevia.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=it-IT",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("crocevia.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // PrimeFaces re-renders parts of the page after each AJAX call: an element found a moment
        // ago may be replaced by the time it is used, so every wait looks it up again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Answers the test identity provider's login form; the username names the role. */
    void signIn(String username) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(username);
        driver.findElement(By.cssSelector("form [type=submit]")).click();
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    void type(String id, String text) {
        wait.until(d -> {
            var field = d.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    void click(String id) {
        wait.until(d -> {
            var element = d.findElement(By.id(id));
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Waits until a PrimeFaces button is enabled (after a row selection), then clicks it. */
    void clickWhenEnabled(String id) {
        wait.until(d -> {
            var button = d.findElement(By.id(id));
            if (!button.isEnabled() || button.getAttribute("class").contains("ui-state-disabled")) {
                return false;
            }
            button.click();
            return true;
        });
    }

    /**
     * Opens a PrimeFaces select menu and picks the item with this label, opening it again if its
     * panel closed meanwhile, until the menu shows the label.
     */
    void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        wait.until(d -> {
            try {
                if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
                    return true;
                }
                var items = d.findElements(item);
                if (items.isEmpty() || !items.get(0).isDisplayed()) {
                    d.findElement(By.id(menuId)).click();
                    return false;
                }
                items.get(0).click();
                return false;
            } catch (WebDriverException e) {
                return false; // re-rendered or covered by the closing panel: try again
            }
        });
    }

    void clickLabel(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[normalize-space()='" + text + "']")))
                .click();
    }

    /** Clicks a link by its text; found again if an AJAX update replaces it meanwhile. */
    void clickLink(String text) {
        wait.until(d -> {
            try {
                var link = d.findElement(By.linkText(text));
                if (!link.isDisplayed()) {
                    return false;
                }
                link.click();
                return true;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
    }

    /** Clicks the row of a data table whose cells show the given text. */
    void selectRow(String tableId, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(rowWith(tableId, text))).click();
        wait.until(ExpectedConditions.attributeContains(rowWith(tableId, text), "class", "ui-state-highlight"));
    }

    /** The texts of one column; read again if an AJAX update replaces the table meanwhile. */
    List<String> column(String tableId, int index) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr > td:nth-child("
                + index + ")")).stream().map(WebElement::getText).toList());
    }

    /** Clicks the button whose id contains {@code buttonId} in the row of a data table showing {@code text}. */
    void clickInRow(String tableId, String text, String buttonId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//tbody[@id='" + tableId + "_data']/tr[td["
                + "normalize-space()='" + text + "']]//button[contains(@id,'" + buttonId + "')]"))).click();
    }

    void waitForRow(String tableId, String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(rowWith(tableId, text)));
    }

    void waitForNoRow(String tableId, String text) {
        wait.until(ExpectedConditions.numberOfElementsToBe(rowWith(tableId, text), 0));
    }

    /** The text of the first element matching a CSS selector, once there is one. */
    String textOf(String css) {
        return wait.until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().map(WebElement::getText)
                .orElse(null));
    }

    void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Saves a screenshot under target/ for the failure report. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    private static By rowWith(String tableId, String text) {
        return By.xpath("//tbody[@id='" + tableId + "_data']/tr[td[normalize-space()='" + text + "']]");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
