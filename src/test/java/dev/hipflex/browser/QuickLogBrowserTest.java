package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.account.RunnerPages;
import dev.hipflex.journal.Journals;
import dev.hipflex.routine.WeekEditor;
import dev.hipflex.routine.WeekPlanItem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Logging in seconds on a 360 px phone: from the home page, a planned session and a "same as last time"
 * session each in at most five interactions (every click, tap or key press below goes through
 * {@link #tap}, which counts it), the next-morning pain in one, the log form without sideways scrolling,
 * a header of at most a quarter of the screen, and axe finding nothing on the new states.
 */
@DateSensitive
class QuickLogBrowserTest extends BrowserTest {

	static final int PHONE_HEIGHT = 740;

	static final int MOST_INTERACTIONS = 5;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WeekEditor weekEditor;

	@Autowired
	RunnerPages pages;

	int interactions;

	@Test
	void aRunnerLogsAPlannedAndACopiedSessionFromTheHomePageInAFewTaps() {
		String email = registerAndLogIn("quick-phone");
		long account = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		long strengthA = jdbc.queryForObject("select id from routine where slug = 'hip-strength-a'", Long.class);
		LocalDate today = today();
		// The runner's week plans Hip strength A today, whatever day the test runs.
		weekEditor.start(account, null, "Phone week");
		weekEditor.addRoutine(account, today.getDayOfWeek(), strengthA, WeekPlanItem.Slot.SESSION);
		// Yesterday's session of the routine, with a load, a band and a side, waiting for its morning.
		long yesterday = Journals.insertSession(jdbc, account, today.minusDays(1), "Hip strength A", 6, 1, null, null);
		jdbc.update("update training_session set routine_id = ? where id = ?", strengthA, yesterday);
		long flexion = jdbc.queryForObject("select id from exercise where slug = 'standing-hip-flexion'", Long.class);
		long bridge = jdbc.queryForObject("select id from exercise where slug = 'glute-bridge'", Long.class);
		jdbc.update("insert into session_set (session_id, exercise_id, position, reps, load_kg, side) values (?, ?, 1, 13, 2.5, 'LEFT')",
				yesterday, flexion);
		jdbc.update("insert into session_set (session_id, exercise_id, position, reps, band, side) values (?, ?, 2, 11, 'red band', 'BOTH')",
				yesterday, bridge);
		// Set up behind the app's back, so the runner's pages kept since the login are made anew, as the app's own
		// forms do after a change.
		pages.changed(account);

		phone();
		go("/");
		assertHeaderAtMostAQuarter("the home page");
		assertThat(find("#morning h2").getText()).isEqualTo("How does your hip feel this morning?");
		assertAccessible("the home page asking about the morning");

		// Next-morning pain: one tap.
		interactions = 0;
		tapAndWait(driver.findElement(By.cssSelector("#morning button[name=pain][value='2']")));
		assertThat(interactions).isEqualTo(1);
		assertThat(jdbc.queryForObject("select pain_next_morning from training_session where id = ?", Integer.class,
				yesterday)).isEqualTo(2);

		// Same as last time.
		long copied = logFromHome("Same as last time: Hip strength A", "from your session of", 5, 1);
		assertThat(Journals.loggedAs(jdbc, copied)).isEqualTo("LAST_TIME");
		assertThat(Journals.setsOf(jdbc, copied)).containsExactly(flexion + " 13 2.5 - LEFT",
				bridge + " 11 - red band BOTH");

		// Done as planned: every planned set at the bottom of its range (the placeholder shows the range).
		List<String> planned = new ArrayList<>();
		long asPlanned = logFromHome("Done as planned: Hip strength A", "at its planned dose", 6, 0,
				() -> driver.findElements(By.cssSelector("tr.journal-row--planned"))
					.forEach(row -> planned.add(row.findElement(By.cssSelector("input[name$='.exercise']"))
						.getAttribute("value") + " "
							+ row.findElement(By.cssSelector("input[name$='.amount']"))
								.getAttribute("placeholder")
								.split("–")[0]
							+ " - - BOTH")));
		assertThat(planned).hasSize(15);
		assertThat(Journals.loggedAs(jdbc, asPlanned)).isEqualTo("PLANNED");
		assertThat(Journals.setsOf(jdbc, asPlanned)).containsExactlyElementsOf(planned);
		assertThat(find(".journal-logged-as").getText()).startsWith("Done as planned");
		assertAccessible("the session logged as planned");
	}

	@Test
	void theHeaderFoldsIntoAMenuOnAPhoneAndShowsTheRunnerAndLogOut() {
		String email = registerAndLogIn("quick-header");
		phone();
		go("/journal/new");
		assertHeaderAtMostAQuarter("the log form");
		assertNoSidewaysScrolling("the empty log form");
		WebElement logOut = find(".site-header .site-account__logout button");
		assertThat(shown(logOut)).isFalse();
		viewport("quick-phone-menu-closed");
		driver.executeScript("document.getElementById('sets').scrollIntoView()");
		viewport("quick-phone-sets");
		find(".site-menu__toggle").click();
		assertThat(shown(logOut)).isTrue();
		assertThat(logOut.isDisplayed()).isTrue();
		viewport("quick-phone-menu-open");
		assertThat(find(".site-header .site-account__email").getAttribute("textContent")).contains(email);
		assertAccessible("the phone menu, open");

		browser.width(Chromium.DESKTOP);
		go("/journal/new");
		// On a desktop the menu is always shown and the toggle is not.
		assertThat(shown(find(".site-nav"))).isTrue();
		assertThat(shown(find(".site-header .site-account__logout button"))).isTrue();
		assertThat(shown(find(".site-menu__toggle"))).isFalse();
		viewport("quick-desktop");
		assertThat(find(".site-header .site-account__email").getAttribute("textContent")).contains(email);
		assertNoSidewaysScrolling("the log form on a desktop");
		find(".site-header .site-account__logout button").click();
		browser.waiting().until(driver -> path().startsWith("/login"));
	}

	/** Saves what the screen shows (the viewport only), to look at. */
	private void viewport(String name) {
		try {
			java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve(name + ".png"),
					driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private boolean shown(WebElement element) {
		return (Boolean) driver.executeScript(
				"return arguments[0].checkVisibility() && arguments[0].getBoundingClientRect().height > 0", element);
	}

	/**
	 * From the home page, taps the button, checks the filled form (no sideways scrolling, a small header, axe),
	 * gives effort and pain during and saves, counting every tap: at most {@value #MOST_INTERACTIONS}.
	 */
	private long logFromHome(String button, String filledNote, int effort, int pain, Runnable onTheForm) {
		go("/");
		interactions = 0;
		tapAndWait(byText(button));
		assertThat(find("#filled").getText()).contains(filledNote);
		assertNoSidewaysScrolling("the log form after " + button);
		assertHeaderAtMostAQuarter("the log form after " + button);
		assertAccessible("the log form after " + button);
		onTheForm.run();
		tapChoose("effort", effort);
		tapChoose("painDuring", pain);
		tapAndWait(byText("Save session"));
		assertThat(interactions).as("interactions for %s", button).isLessThanOrEqualTo(MOST_INTERACTIONS);
		return savedSession();
	}

	private long logFromHome(String button, String filledNote, int effort, int pain) {
		return logFromHome(button, filledNote, effort, pain, () -> viewport("quick-phone-filled"));
	}

	/** A phone: 360 by 740 CSS pixels, with the mobile media queries. */
	private void phone() {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", Chromium.PHONE, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
	}

	/** One interaction (a tap), counted, that loads another page. */
	private void tapAndWait(WebElement element) {
		interactions++;
		clickAndWait(element);
	}

	/** One interaction: a tap on a value of a 0–10 scale. */
	private void tapChoose(String scale, int value) {
		interactions++;
		choose(scale, value);
	}

	private void assertNoSidewaysScrolling(String what) {
		Number scrollWidth = (Number) driver.executeScript("return document.scrollingElement.scrollWidth");
		Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
		assertThat(scrollWidth.intValue()).as("page width of %s", what).isLessThanOrEqualTo(innerWidth.intValue());
		// The set table itself does not scroll inside its region either.
		for (WebElement region : driver.findElements(By.cssSelector(".table-scroll"))) {
			Number inner = (Number) driver.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth",
					region);
			assertThat(inner.intValue()).as("sideways scrolling inside the sets of %s", what).isLessThanOrEqualTo(0);
		}
	}

	private void assertHeaderAtMostAQuarter(String what) {
		Number header = (Number) driver
			.executeScript("return document.querySelector('.site-header').getBoundingClientRect().height");
		Number height = (Number) driver.executeScript("return window.innerHeight");
		assertThat(header.doubleValue()).as("header height on %s", what)
			.isLessThanOrEqualTo(height.doubleValue() / 4);
	}

	private long savedSession() {
		assertThat(path()).matches("/journal/\\d+");
		assertThat(find(".notice").getText()).startsWith("Your session of").endsWith("is saved.");
		return Long.parseLong(path().substring("/journal/".length()));
	}

}
