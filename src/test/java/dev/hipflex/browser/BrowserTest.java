package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.hipflex.Runners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the application on a random port, one Chromium for the whole run
 * (skipped, or failed on CI, when it is missing), a fresh browser session per test, and the steps many
 * journeys start with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(ChromiumAvailable.class)
abstract class BrowserTest {

	/** axe-core's rules for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static Browser shared;

	@LocalServerPort
	int port;

	Browser browser;

	ChromeDriver driver;

	@BeforeEach
	void freshSession() {
		synchronized (BrowserTest.class) {
			if (shared == null) {
				shared = new Browser();
			}
		}
		browser = shared;
		driver = shared.driver();
		driver.get(url("/favicon.svg"));
		driver.manage().deleteAllCookies();
		browser.width(Browser.DESKTOP);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void go(String path) {
		driver.get(url(path));
	}

	/** The path and query of the page the browser shows. */
	String path() {
		return driver.getCurrentUrl().substring(url("").length());
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	String h1() {
		return find("h1").getText();
	}

	void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Clicks a link or button by its visible text, inside {@code main} unless the text is only elsewhere. */
	void click(String text) {
		List<WebElement> inMain = driver.findElements(By.xpath("//main//*[self::a or self::button][normalize-space()="
				+ xpathLiteral(text) + "]"));
		(inMain.isEmpty()
				? driver.findElement(By.xpath("//*[self::a or self::button][normalize-space()=" + xpathLiteral(text) + "]"))
				: inMain.get(0))
			.click();
	}

	static String newEmail(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

	/** Creates an account through the register page and logs in with it; returns the email. */
	String registerAndLogIn(String name) {
		String email = newEmail(name);
		go("/register");
		type("email", email);
		type("password", Runners.PASSWORD);
		type("passwordRepeated", Runners.PASSWORD);
		find("main form button[type=submit]").click();
		assertThat(path()).startsWith("/login");
		logIn(email);
		return email;
	}

	void logIn(String email) {
		go("/login");
		type("email", email);
		type("password", Runners.PASSWORD);
		find("main form button[type=submit]").click();
		assertThat(path()).as("logged in as %s", email).isEqualTo("/");
	}

	void logOut() {
		go("/account");
		click("Log out");
		assertThat(path()).startsWith("/login");
	}

	/** Runs axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page shown and expects no violation. */
	void assertAccessible(String what) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		assertThat(results.getErrorMessage()).as("axe ran on %s", what).isNull();
		assertThat(results.getPasses()).as("axe checked something on %s", what).isNotEmpty();
		assertThat(results.getViolations()).as("accessibility violations on %s (%s):%n%s", what, path(),
				describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes()
						.stream()
						.map(node -> "    " + node.getTarget() + "  " + node.getFailureSummary().replace('\n', ' '))
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
