package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.hipflex.Runners;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the application on a random port, one Chromium for the whole run
 * (skipped, or failed on CI, when it is missing), a fresh browser session per test, and the steps many
 * journeys start with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hipflex.runner-pages.kept=true")
@ExtendWith(ChromiumAvailable.class)
abstract class BrowserTest {

	/** axe-core's rules for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static Chromium shared;

	/** A failed test leaves a screenshot of what the browser showed, to look at. */
	@RegisterExtension
	final TestWatcher keepFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (shared != null) {
				shared.screenshot("failed-" + context.getRequiredTestMethod().getName(), Chromium.DESKTOP);
			}
		}
	};

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	Chromium browser;

	ChromeDriver driver;

	@BeforeEach
	void freshSession() {
		synchronized (BrowserTest.class) {
			if (shared == null) {
				shared = new Chromium();
			}
		}
		browser = shared;
		driver = shared.driver();
		driver.get(url("/favicon.svg"));
		driver.manage().deleteAllCookies();
		browser.width(Chromium.DESKTOP);
	}

	/** Today by the application's clock, which may have been started at another date than the machine's. */
	LocalDate today() {
		return LocalDate.now(clock);
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

	/** Clicks a link or button by its visible text and waits for the page it leads to. */
	void click(String text) {
		clickAndWait(byText(text));
	}

	/** Clicks and waits until the browser has left the page (a link followed, a form answered). */
	void clickAndWait(WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		browser.waiting().until(driver -> left(page));
	}

	/**
	 * Whether the page an element belongs to has been replaced. Like Selenium's {@code stalenessOf}, but
	 * Chromium sometimes answers for a page being replaced with "Node with given id does not belong to the
	 * document" instead of a stale-element error: that also means the page has gone.
	 */
	private static boolean left(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException gone) {
			return true;
		}
		catch (WebDriverException error) {
			if (String.valueOf(error.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw error;
		}
	}

	/** Clicks a download link: the page stays. */
	void clickToDownload(String text) {
		byText(text).click();
	}

	/**
	 * A link or button by its text, inside {@code main} unless the text is only elsewhere; never one hidden
	 * from people ({@code aria-hidden}).
	 */
	WebElement byText(String text) {
		String matching = "[self::a or self::button][not(@aria-hidden='true')][normalize-space()=" + xpathLiteral(text)
				+ "]";
		List<WebElement> inMain = driver.findElements(By.xpath("//main//*" + matching));
		return inMain.isEmpty() ? driver.findElement(By.xpath("//*" + matching)) : inMain.get(0);
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
		find("#age").click();
		find("#healthDataConsent").click();
		clickAndWait(find("main form button[type=submit]"));
		assertThat(path()).startsWith("/login");
		logIn(email);
		return email;
	}

	void logIn(String email) {
		go("/login");
		type("email", email);
		type("password", Runners.PASSWORD);
		clickAndWait(find("main form button[type=submit]"));
		assertThat(path()).as("logged in as %s", email).isEqualTo("/");
	}

	void logOut() {
		go("/account");
		click("Log out");
		assertThat(path()).startsWith("/login");
	}

	/**
	 * Logs a session through the log form: the routine's planned sets filled in with "Use this routine",
	 * the first row's amount typed, effort and pain chosen. Returns the session's id.
	 */
	long logSession(LocalDate date, String routine, String amount, int effort, int pain) {
		go("/journal/new?date=" + date);
		new Select(driver.findElement(By.id("routine"))).selectByVisibleText(routine);
		click("Use this routine");
		assertThat(driver.findElements(By.cssSelector("tr.journal-row--planned"))).as("planned rows of %s", routine)
			.isNotEmpty();
		type("sets[0].amount", amount);
		choose("effort", effort);
		choose("painDuring", pain);
		click("Save session");
		assertThat(path()).matches("/journal/\\d+");
		assertThat(find(".notice").getText()).startsWith("Your session of").endsWith("is saved.");
		return Long.parseLong(path().substring("/journal/".length()));
	}

	/** Picks a value of a 0–10 scale by its label, as a person would. */
	void choose(String scale, int value) {
		String id = value == 0 ? scale : scale + "-" + value;
		find("label[for='" + id + "']").click();
		assertThat(driver.findElement(By.id(id)).isSelected()).as("%s %s chosen", scale, value).isTrue();
	}

	/** Runs axe-core's WCAG 2.0/2.1/2.2 A and AA rules on the page shown and expects no violation. */
	void assertAccessible(String what) {
		List<Rule> violations = axeViolations(what);
		assertThat(violations)
			.withFailMessage("accessibility violations on %s (%s):%n%s", what, path(), describe(violations))
			.isEmpty();
	}

	List<Rule> axeViolations(String what) {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		assertThat(results.getErrorMessage()).as("axe ran on %s", what).isNull();
		assertThat(results.getPasses()).as("axe checked something on %s", what).isNotEmpty();
		return results.getViolations();
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
