package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import com.deque.html.axecore.results.Rule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page type, logged out and logged in, including forms showing their errors: axe-core finds no WCAG
 * 2.0/2.1/2.2 A or AA violation, nothing scrolls sideways on a 360 px phone (reflow), and a screenshot at
 * phone and desktop width lands in target/screenshots.
 */
class PageTypesTest extends BrowserTest {

	private final List<String> problems = new ArrayList<>();

	@Test
	void visitorPages() throws IOException {
		check("home-visitor", "/");
		check("guide-index", "/guide");
		check("guide-page", "/guide/running");
		check("muscle", "/guide/muscles/iliopsoas");
		check("red-flags", "/guide/red-flags");
		check("groin-pain", "/guide/groin-pain");
		check("next-step-rules", "/guide/next-step");
		check("sources", "/sources");
		check("search-results", "/search?q=psoas");
		check("exercise-library-filtered", "/exercises?type=stretch&muscle=iliopsoas");
		check("exercise", "/exercises/glute-bridge");
		check("routines", "/routines");
		check("routine", "/routines/hip-strength-a");
		check("week", "/week");
		printPreview("week");
		check("checklist-visitor", "/checklist");
		check("login", "/login");
		check("login-error", "/login?error");
		check("not-found", "/no-such-page");
		go("/register");
		type("email", "not an email");
		type("password", "short");
		clickAndWait(find("main form button[type=submit]"));
		checkShown("register-errors");
		assertNoProblems();
	}

	@Test
	void runnerPages() throws IOException {
		registerAndLogIn("pages");
		check("account", "/account");
		clickAndWait(find("main form[action$='/account/password'] button[type=submit]"));
		checkShown("account-password-errors");
		go("/account");
		type("usualPain", "eleven");
		clickAndWait(find("main form[action$='/account/usual-pain'] button[type=submit]"));
		checkShown("account-usual-pain-errors");
		check("account-delete", "/account/delete");
		check("start-screen", "/my/start");
		type("currentPain", "eleven");
		clickAndWait(find("main form[action$='/my/start'] button[type=submit]"));
		checkShown("start-screen-errors");

		go("/my/week");
		checkShown("my-week-start");
		click("Start from “Recommended week”");
		checkShown("my-week");
		printPreview("my-week");
		check("my-week-reset", "/my/week/reset");
		go("/my/week");
		clickAndWait(find("main a.planned__customise"));
		checkShown("my-routine");
		WebElement dose = find("main .my-entry details");
		dose.findElement(By.tagName("summary")).click();
		WebElement setsMin = dose.findElement(By.name("setsMin"));
		setsMin.clear();
		setsMin.sendKeys("0");
		clickAndWait(dose.findElement(By.cssSelector("button[type=submit]")));
		checkShown("my-routine-dose-errors");

		check("journal-new", "/journal/new");
		click("Save session");
		checkShown("journal-new-errors");
		long id = logSession(today(), "Hip strength A", "12", 5, 0);
		checkShown("session");
		check("session-edit", "/journal/" + id + "/edit");
		check("session-delete", "/journal/" + id + "/delete");
		check("journal-history", "/journal");
		logSession(today(), "Hip strength A", "12", 6, 7);
		checkShown("session-pain-advice");
		check("my-week-next-step", "/my/week#next-step");
		check("journal-history-filtered", "/journal?from=" + today().minusDays(7));
		check("journal-calendar", "/journal/calendar");
		check("progress", "/journal/progress");
		browser.all("main details.chart-data > summary").forEach(WebElement::click);
		checkShown("progress-tables-open");
		check("home-runner", "/");
		check("checklist-runner", "/checklist");
		check("pauses", "/journal/pauses");
		click("Add the pause");
		checkShown("pauses-errors");
		// A date field's typing depends on the browser's locale: the dates are set as the form sends them.
		driver.executeScript("document.getElementById('from').value = arguments[0];"
				+ " document.getElementById('to').value = arguments[1];", today().minusDays(8).toString(),
				today().toString());
		find("#reason").click();
		click("Add the pause");
		checkShown("pauses-listed");
		check("pause-edit", find(".pause a[href$='/edit']").getDomAttribute("href"));
		check("checklist-paused", "/checklist");
		check("journal-calendar-paused", "/journal/calendar");
		check("progress-paused", "/journal/progress");
		go("/journal/pauses");
		clickAndWait(find(".pause form[action$='/end'] button"));
		check("home-returning", "/");

		check("csv-import", "/journal/import");
		Path bad = Files.writeString(Chromium.DOWNLOADS.resolve("not-a-journal.csv"), "date,routine\nyesterday,?\n");
		find("#file").sendKeys(bad.toString());
		click("Check and import");
		checkShown("csv-import-errors");
		assertNoProblems();
	}

	/** The printed week fits one sheet, as the design promises; a picture of it lands beside the screenshots. */
	private void printPreview(String name) throws IOException {
		try (PDDocument printed = Loader.loadPDF(browser.printPreview(name))) {
			assertThat(printed.getNumberOfPages()).as("printed pages of %s", name).isEqualTo(1);
		}
	}

	/** The red-flag box prints whole, each urgency named in words (the print has no colour to lean on). */
	@Test
	void theRedFlagBoxPrintsWithItsUrgencies() throws IOException {
		go("/routines/six-week-hip-programme");
		try (PDDocument printed = Loader.loadPDF(browser.printPreview("red-flag-box"))) {
			String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
			assertThat(text).contains("Emergency: call your local emergency number", "The same day: stop running",
					"Soon: stop running", "cauda equina", "possible femoral neck stress fracture",
					"Weakness, numbness or tingling in the leg");
			assertThat(text.indexOf("Emergency:")).isLessThan(text.indexOf("The same day:"));
			assertThat(text.indexOf("The same day:")).isLessThan(text.indexOf("Soon:"));
		}
	}

	/** The check above can fail: axe runs in the page despite its Content-Security-Policy and finds a fault. */
	@Test
	void axeReportsAFaultPutIntoAPage() {
		go("/");
		driver.executeScript("""
				const image = document.createElement('img');
				image.src = '/favicon.svg';
				document.querySelector('main').append(image);
				""");
		assertThat(axeViolations("home with an image without alt text")).extracting(Rule::getId).contains("image-alt");
	}

	private void check(String name, String path) {
		go(path);
		checkShown(name);
	}

	private void checkShown(String name) {
		browser.width(Chromium.PHONE);
		Long overflow = (Long) driver.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		if (overflow > 0) {
			problems.add(name + " scrolls sideways by " + overflow + " px at " + Chromium.PHONE + " px wide ("
					+ path() + ")");
		}
		axe(name + " at " + Chromium.PHONE + " px");
		browser.screenshot(name, Chromium.PHONE);
		browser.screenshot(name, Chromium.DESKTOP);
		axe(name + " at " + Chromium.DESKTOP + " px");
	}

	/** Collects the violations of every page, so one run reports them all. */
	private void axe(String what) {
		try {
			assertAccessible(what);
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
	}

	private void assertNoProblems() {
		assertThat(problems).as("pages with problems").isEmpty();
	}

}
