package org.haven.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Debian Chromium, driven by Debian's ChromeDriver (Selenium Manager never downloads
 * anything), reused for every page a test class opens. Its resolver knows no host but 127.0.0.1,
 * so a request elsewhere fails fast here as it would fail in CI; the performance log still shows
 * that it was attempted. A test class holds it in a {@code @RegisterExtension} field, which
 * starts it when the class starts and closes it after the class's last test.
 */
final class Chromium implements AutoCloseable, AfterAllCallback {
    static final String BINARY = System.getProperty("haven.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("haven.chromedriver", "/usr/bin/chromedriver");

    /*
     * Selenium warns that it has no DevTools classes for this Chromium's version: these tests use
     * none (CDP commands go through ChromeDriver, network events through its performance log).
     */
    private static final List<Logger> QUIET =
            List.of(Logger.getLogger("org.openqa.selenium.devtools"), Logger.getLogger("org.openqa.selenium.chromium"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    /** A browser the way most people have it. */
    static Chromium withJavaScript() {
        return new Chromium(true, false, false);
    }

    /** A browser with JavaScript that also logs every request its pages make. */
    static Chromium watchingTheNetwork() {
        return new Chromium(true, true, false);
    }

    /** A browser whose JavaScript is off (a setting, a blocker, or a script that failed to load). */
    static Chromium withoutJavaScript() {
        return new Chromium(false, false, false);
    }

    /** A phone's browser, 375 CSS pixels wide: a touch screen and no mouse, so {@code pointer: coarse} matches. */
    static Chromium onATouchPhone() {
        return new Chromium(true, false, true);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean javaScript;

    private Chromium(boolean javaScript, boolean network, boolean touchPhone) {
        this.javaScript = javaScript;
        if (!new File(BINARY).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + BINARY
                    + ", " + DRIVER + "): .ci/run installs them with apt-get");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        try {
            profile = Files.createTempDirectory("haven-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-default-apps",
                "--disable-extensions",
                "--no-default-browser-check",
                "--no-proxy-server",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--window-size=1280,1024",
                "--force-device-scale-factor=1",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        if (!javaScript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        if (touchPhone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", 375, "height", 667, "pixelRatio", 2.0, "touch", true, "mobile", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (network) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    boolean javaScriptOn() {
        return javaScript;
    }

    /** Opens a page (and waits for its load event). */
    void open(String url) {
        driver.get(url);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Opens a new tab with a history of its own and closes the others, as a person starting afresh would. */
    void freshTab() {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
    }

    /** Every address in this tab's history, oldest first: what Back and Forward can reach (but the blank page a new tab starts with). */
    List<String> tabHistory() {
        Map<String, Object> history = driver.executeCdpCommand("Page.getNavigationHistory", Map.of());
        List<?> entries = (List<?>) history.get("entries");
        return entries.stream()
                .map(entry -> String.valueOf(((Map<?, ?>) entry).get("url")))
                .filter(url -> !url.equals("about:blank"))
                .toList();
    }

    /** Presses keys as a person would, each going to whatever has focus. */
    void press(CharSequence... keys) {
        Actions actions = new Actions(driver);
        for (CharSequence key : keys) actions.sendKeys(key);
        actions.perform();
    }

    /** Presses and lets go of Shift on its own, {@code times} times. */
    void pressShift(int times) {
        Actions actions = new Actions(driver);
        for (int i = 0; i < times; i++) actions.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        actions.perform();
    }

    /** Sets the viewport to a width and height in CSS pixels (a desktop viewport: no mobile zoom-out). */
    void viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * A phone {@code width} CSS pixels wide held upright: a mobile viewport with a touch screen, so
     * the page's {@code pointer: coarse} and {@code hover: none} styles apply as they do on a phone.
     */
    void phone(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    void desktopViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /** The console messages at error level since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(entry.getMessage());
        }
        return errors;
    }

    /** Every address the page asked the network for since the last call (documents, styles, scripts, images, fetches, sockets). */
    List<String> requestedAddresses() {
        List<String> urls = new ArrayList<>();
        Json json = new Json();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = json.toType(entry.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) message.get("message");
            if (inner == null) continue;
            Object method = inner.get("method");
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) inner.get("params");
            if (params == null) continue;
            if ("Network.requestWillBeSent".equals(method)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                if (request != null && request.get("url") != null) urls.add(String.valueOf(request.get("url")));
            } else if ("Network.webSocketCreated".equals(method) && params.get("url") != null) {
                urls.add(String.valueOf(params.get("url")));
            }
        }
        return urls;
    }

    /** True for an address that stays on this machine, or never goes to the network at all. */
    static boolean staysOnThisMachine(String address) {
        // data:, blob: and about: never touch the network; chrome: is the browser's own new tab page, built in.
        if (address.startsWith("data:")
                || address.startsWith("blob:")
                || address.startsWith("about:")
                || address.startsWith("chrome:")) return true;
        try {
            URI uri = URI.create(address);
            return "127.0.0.1".equals(uri.getHost())
                    && ("http".equals(uri.getScheme()) || "ws".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Forgets logs gathered so far. */
    void forgetLogs() {
        for (String type : driver.manage().logs().getAvailableLogTypes())
            driver.manage().logs().get(type);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind does no harm
            }
        }
    }
}
