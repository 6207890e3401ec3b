package brief.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests. A missing browser or tool skips the test loudly on a
 * developer's machine and fails it in CI (env CI=true), where the checks must really run.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or, in CI, fails) when something a test needs is not installed. */
    static void require(boolean present, String what, String install) {
        if (present) return;
        String msg = what + " not installed (" + install + ")";
        if (ci()) Assertions.fail("CI=true and " + msg);
        System.err.println("SKIPPED: " + msg);
        Assumptions.assumeTrue(false, msg);
    }

    static ChromeDriver open() {
        require(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium / chromium-driver",
                "apt-get update && apt-get install -y chromium chromium-driver");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
