package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.Runners;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The runner's journey with the keyboard only: the skip link is the first stop and moves focus to the
 * content, Tab reaches every control of every page, and the control with focus always shows it (an outline
 * or shadow it does not have without focus, inside the viewport).
 */
class KeyboardTest extends BrowserTest {

	/** Every element a keyboard user should reach with Tab, in page order; of a radio group the checked one. */
	private static final String TABBABLE = """
			return [...document.querySelectorAll(
			    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
			  .filter(e => e.tabIndex >= 0 && !e.disabled && e.getAttribute('aria-hidden') !== 'true')
			  .filter(e => e.checkVisibility({ visibilityProperty: true }))
			  .filter(e => {
			    if (e.type !== 'radio') return true;
			    const group = [...document.getElementsByName(e.name)].filter(r => r.form === e.form);
			    const checked = group.find(r => r.checked);
			    return e === (checked || group[0]);
			  });
			""";

	/** The element with focus, how its focus looks, and whether it is inside the viewport. */
	private static final String FOCUSED = """
			const e = document.activeElement;
			const s = getComputedStyle(e);
			const r = e.getBoundingClientRect();
			const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
			return [e, s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow, inView];
			""";

	/** How elements look without focus. */
	private static final String UNFOCUSED = """
			document.activeElement.blur();
			return arguments[0].map(e => {
			  const s = getComputedStyle(e);
			  return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;
			});
			""";

	@Test
	void aRunnerRegistersLogsInAndLogsASessionWithTheKeyboard() {
		String email = newEmail("keyboard");
		go("/register");
		skipToMain();
		tab();
		typeAndTab(email);
		typeAndTab(Runners.PASSWORD);
		typeAndTab(Runners.PASSWORD);
		keys(Keys.SPACE); // "16 or older", the first of the age radios
		tab(); // the guardian's box, for runners under 16
		tab();
		keys(Keys.SPACE); // consent to storing health data
		tab(); // the privacy page's link
		tab();
		keys(Keys.ENTER);
		waitForPath("/login");

		skipToMain();
		tab();
		typeAndTab(email);
		keys(Runners.PASSWORD, Keys.ENTER);
		waitForPath("/");
		assertThat(driver.manage().getCookies()).isNotEmpty();

		go("/journal/new");
		assertEveryControlReachableWithVisibleFocus("log form");
		go("/journal/new");
		skipToMain();
		focusByTab("routine");
		keys(Keys.END);
		tabTo("button[value=routine]");
		keys(Keys.ENTER);
		waitForPath("/journal/new");
		focusByTab("sets[0].amount");
		keys("8");
		focusByTab("effort");
		keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
		assertThat(find("#effort-3").isSelected()).isTrue();
		focusByTab("painDuring");
		keys(Keys.SPACE);
		focusByTab("notes");
		keys("Done with the keyboard only", Keys.TAB);
		keys(Keys.ENTER);
		browser.waiting().until(d -> path().matches("/journal/\\d+"));
		assertThat(find(".notice").getText()).endsWith("is saved.");
		assertThat(find("main").getText()).contains("Done with the keyboard only");
	}

	@Test
	void everyPageOfTheRunnersJourneyWorksWithTheKeyboard() {
		go("/register");
		assertEveryControlReachableWithVisibleFocus("register");
		go("/login");
		assertEveryControlReachableWithVisibleFocus("login");
		registerAndLogIn("keyboard-pages");
		go("/my/week");
		click("Start from “Recommended week”");
		long id = logSession(today(), "Hip strength A", "12", 5, 0);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("my week", "/my/week");
		pages.put("session", "/journal/" + id);
		pages.put("session edit", "/journal/" + id + "/edit");
		pages.put("history", "/journal");
		pages.put("calendar", "/journal/calendar");
		pages.put("progress", "/journal/progress");
		pages.put("checklist", "/checklist");
		pages.put("import", "/journal/import");
		pages.put("account", "/account");
		pages.put("exercise library", "/exercises");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			go(page.getValue());
			assertEveryControlReachableWithVisibleFocus(page.getKey());
		}
		go("/my/week");
		clickAndWait(find("main a.planned__customise"));
		assertEveryControlReachableWithVisibleFocus("my routine");
	}

	/** From the top of the page, the first Tab shows the skip link; Enter on it moves focus to main. */
	private void skipToMain() {
		tab();
		WebElement skip = driver.switchTo().activeElement();
		assertThat(skip.getAttribute("class")).as("first stop on %s", path()).contains("skip-link");
		assertThat(skip.isDisplayed()).isTrue();
		assertThat(skip.getRect().getY()).as("skip link shown on screen when focused").isGreaterThanOrEqualTo(0);
		keys(Keys.ENTER);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus after the skip link").isEqualTo("main");
	}

	private void assertEveryControlReachableWithVisibleFocus(String page) {
		@SuppressWarnings("unchecked")
		List<WebElement> expected = (List<WebElement>) driver.executeScript(TABBABLE);
		List<WebElement> reached = new ArrayList<>();
		List<String> focusStyles = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int step = 0; step < 2 * expected.size() + 6; step++) {
			tab();
			List<?> focused = (List<?>) driver.executeScript(FOCUSED);
			WebElement element = (WebElement) focused.get(0);
			if (!reached.isEmpty() && element.equals(reached.get(reached.size() - 1))) {
				continue; // a date field's day, month and year parts: one element, several stops
			}
			if (element.getTagName().equals("body") || reached.contains(element)) {
				break;
			}
			reached.add(element);
			focusStyles.add((String) focused.get(1));
			if (!Boolean.TRUE.equals(focused.get(2))) {
				problems.add("focused but off screen: " + describe(element));
			}
		}
		@SuppressWarnings("unchecked")
		List<String> unfocused = (List<String>) driver.executeScript(UNFOCUSED, reached);
		for (int i = 0; i < reached.size(); i++) {
			if (!visibleFocus(focusStyles.get(i), unfocused.get(i))) {
				problems.add("no visible focus (" + focusStyles.get(i) + "): " + describe(reached.get(i)));
			}
		}
		for (WebElement element : expected) {
			if (!reached.contains(element)) {
				problems.add("not reached with Tab: " + describe(element));
			}
		}
		assertThat(reached).as("Tab stops on %s", page).isNotEmpty();
		assertThat(describe(reached.get(0))).as("first Tab stop on %s", page).contains("skip-link");
		assertThat(problems).as("keyboard problems on %s (%s)", page, path()).isEmpty();
	}

	private static boolean visibleFocus(String focused, String unfocused) {
		boolean outline = !focused.startsWith("none") && !focused.contains(" 0px ");
		boolean shadow = !focused.endsWith("none");
		return (outline || shadow) && !focused.equals(unfocused);
	}

	private String describe(WebElement element) {
		return (String) driver.executeScript("""
				const e = arguments[0];
				return e.outerHTML.substring(0, e.outerHTML.indexOf('>') + 1) + ' ' + (e.textContent || '').trim().substring(0, 60);
				""", element);
	}

	private void tab() {
		keys(Keys.TAB);
	}

	private void keys(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	private void typeAndTab(String text) {
		keys(text, Keys.TAB);
	}

	/** Presses Tab until the element with this id has focus. */
	private void focusByTab(String id) {
		for (int step = 0; step < 200; step++) {
			if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
				return;
			}
			tab();
		}
		throw new AssertionError("Tab never reached #" + id + " on " + path());
	}

	private void tabTo(String css) {
		WebElement target = find(css);
		for (int step = 0; step < 200; step++) {
			if (driver.switchTo().activeElement().equals(target)) {
				return;
			}
			tab();
		}
		throw new AssertionError("Tab never reached " + css + " on " + path());
	}

	private void waitForPath(String expected) {
		browser.waiting().until(d -> path().equals(expected) || path().startsWith(expected + "?"));
	}

}
