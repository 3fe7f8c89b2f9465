package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page type, logged out and logged in, including forms showing their errors: axe-core finds no WCAG
 * 2.0/2.1/2.2 A or AA violation, and a screenshot at phone and desktop width lands in target/screenshots.
 */
class PageTypesTest extends BrowserTest {

	private final List<String> problems = new ArrayList<>();

	@Test
	void visitorPages() {
		check("home-visitor", "/");
		check("guide-index", "/guide");
		check("guide-page", "/guide/running");
		check("muscle", "/guide/muscles/iliopsoas");
		check("red-flags", "/guide/red-flags");
		check("sources", "/sources");
		check("search-results", "/search?q=psoas");
		check("exercise-library-filtered", "/exercises?type=stretch&muscle=iliopsoas");
		check("exercise", "/exercises/glute-bridge");
		check("routines", "/routines");
		check("routine", "/routines/hip-strength-a");
		check("week", "/week");
		check("checklist-visitor", "/checklist");
		check("login", "/login");
		check("login-error", "/login?error");
		check("not-found", "/no-such-page");
		go("/register");
		type("email", "not an email");
		type("password", "short");
		find("main form button[type=submit]").click();
		checkShown("register-errors");
		assertNoProblems();
	}

	@Test
	void runnerPages() {
		registerAndLogIn("pages");
		check("home-runner", "/");
		check("account", "/account");
		check("checklist-runner", "/checklist");
		go("/my/week");
		checkShown("my-week-start");
		click("Start from the recommended week");
		checkShown("my-week");
		check("journal-new", "/journal/new");
		find("#effort-11").isDisplayed();
		assertNoProblems();
	}

	private void check(String name, String path) {
		go(path);
		checkShown(name);
	}

	private void checkShown(String name) {
		browser.screenshot(name, Browser.PHONE);
		browser.screenshot(name, Browser.DESKTOP);
		try {
			assertAccessible(name);
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
	}

	private void assertNoProblems() {
		assertThat(problems).as("pages with problems").isEmpty();
	}

}
