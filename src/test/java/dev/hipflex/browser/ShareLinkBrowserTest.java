package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dev.hipflex.DateSensitive;
import dev.hipflex.journal.Journals;
import dev.hipflex.routine.WeekEditor;
import dev.hipflex.routine.WeekPlanItem;
import dev.hipflex.system.BaseUrl;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The physiotherapist's link, as the "done when" asks: a runner makes it after the preview, a browser
 * without the runner's cookies opens it and sees the week, the sessions and the pain but not the runner's email or
 * any way into the account, the page prints on two pages, and once revoked the link shows the plain refusal.
 */
@DateSensitive
class ShareLinkBrowserTest extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WeekEditor weekEditor;

	@Autowired
	BaseUrl baseUrl;

	@Autowired
	java.time.Clock clock;

	@Autowired
	dev.hipflex.account.RunnerZone zones;

	@Test
	void aRunnerSharesTheirSummaryAndRevokesIt() throws Exception {
		String email = registerAndLogIn("share-browser");
		long account = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		long strengthA = jdbc.queryForObject("select id from routine where slug = 'hip-strength-a'", Long.class);
		LocalDate today = today();
		weekEditor.start(account, null, "Clinic week");
		weekEditor.addRoutine(account, today.getDayOfWeek(), strengthA, WeekPlanItem.Slot.SESSION);
		long bridge = jdbc.queryForObject("select id from exercise where slug = 'glute-bridge'", Long.class);
		long easy = Journals.insertSession(jdbc, account, today.minusDays(3), "Hip strength A", 5, 1, 0,
				"Felt strong today");
		Journals.insertSet(jdbc, easy, bridge, 1, 12);
		long painful = Journals.insertSession(jdbc, account, today.minusDays(1), "Hip strength A", 6, 7, 6,
				"Hip hurt at the end");
		Journals.insertSet(jdbc, painful, bridge, 1, 8);

		go("/account");
		clickAndWait(byText("Your share links"));
		type("share-label", "Dr Patel, physio");
		find("input[name=expiry][value='3m']").click();
		clickAndWait(byText("See what your clinician will see"));
		assertThat(find("#share-preview h2").getText()).startsWith("Preview");
		assertThat(find("main").getText()).contains("Felt strong today");
		assertAccessible("the preview of the clinician's summary");
		clickAndWait(byText("Make the link"));
		String link = find("#share-link").getAttribute("value");
		assertThat(link).startsWith(baseUrl.of("/shared/"));
		String address = url("/shared/" + link.substring(baseUrl.of("/shared/").length()));
		assertAccessible("the page showing the new link");

		// The physiotherapist: a browser with none of the runner's cookies.
		driver.manage().deleteAllCookies();
		driver.get(address);
		assertThat(h1()).isEqualTo("Training summary for a clinician");
		String main = find("main").getText();
		assertThat(main).contains("Felt strong today", "Hip hurt at the end", "Glute bridge");
		assertThat(driver.findElements(By.cssSelector(".week-grid .dose"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("#trends-chart"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector(".pain-advice"))).hasSize(1);
		assertThat(driver.getPageSource()).doesNotContain(email);
		assertThat(driver.findElements(By.cssSelector(
				"a[href^='/account'], a[href^='/journal'], a[href^='/my'], a[href^='/login'], form, .site-nav")))
			.isEmpty();
		assertThat(find("meta[name=referrer]").getAttribute("content")).isEqualTo("no-referrer");
		assertAccessible("the clinician's summary");
		try (PDDocument printed = Loader.loadPDF(browser.printPreview("share-summary"))) {
			assertThat(printed.getNumberOfPages()).as("the summary prints on two pages: %s", pages(printed))
				.isEqualTo(2);
			assertThat(pages(printed).get(1)).as("the second page has the pain chart").contains("Effort and pain");
		}

		logIn(email);
		go("/account/shares");
		assertThat(find("#share-links").getText()).contains("Dr Patel, physio", "Last opened on");
		clickAndWait(byText("Revoke the link for Dr Patel, physio"));
		assertThat(find("#share-links").getText()).doesNotContain("Dr Patel, physio");

		driver.manage().deleteAllCookies();
		driver.get(address);
		assertThat(driver.findElement(By.tagName("body")).getText())
			.isEqualTo("This link does not work (any more). Ask the runner for a new one.");
	}

	/**
	 * The clinician in the loop, as the "done when" asks: through a link that allows it, the clinician changes
	 * a dose in a fresh browser; the runner logs in, sees the change with the link's name and the date on their week,
	 * and undoes it.
	 */
	@Test
	void theClinicianChangesADoseThroughTheLinkAndTheRunnerUndoesIt() throws Exception {
		String email = registerAndLogIn("adjust-browser");
		long account = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		long strengthA = jdbc.queryForObject("select id from routine where slug = 'hip-strength-a'", Long.class);
		weekEditor.start(account, null, "Clinic week");
		weekEditor.addRoutine(account, today().getDayOfWeek(), strengthA, WeekPlanItem.Slot.SESSION);

		go("/account/shares");
		type("share-label", "Dr Patel, physio");
		find("#share-adjust").click();
		clickAndWait(byText("See what your clinician will see"));
		assertThat(find("#share-preview").getText()).contains("will also let \u201cDr Patel, physio\u201d change doses");
		clickAndWait(byText("Make the link"));
		assertThat(find("#share-links").getText()).contains("Lets them adjust your plan.");
		String address = url("/shared/" + find("#share-link").getAttribute("value")
			.substring(baseUrl.of("/shared/").length()));

		driver.manage().deleteAllCookies();
		driver.get(address);
		WebElement form = find("#adjust form[action$='/dose']");
		String exercise = form.findElement(By.cssSelector("legend")).getAttribute("textContent")
			.replaceFirst("^Dose of ", "").strip();
		String planned = find("#adjust h4").getText();
		find("#adjust details summary").click();
		String prefix = form.findElement(By.cssSelector("[name=setsMin]")).getAttribute("id").replace("-setsMin", "");
		type(prefix + "-setsMin", "4");
		type(prefix + "-setsMax", "4");
		clickAndWait(byText("Save the dose of " + exercise));
		assertThat(find("#adjust .notice").getText()).contains("Saved");
		assertThat(find("#adjust h4").getText()).contains("4 ×").isNotEqualTo(planned);
		assertAccessible("the clinician's summary with the forms to adjust the plan");

		logIn(email);
		go("/my/week");
		String date = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
			.format(clock.instant().atZone(zones.zoneOf(account)));
		assertThat(find("#plan-changes").getText())
			.contains("Changed by Dr Patel, physio on " + date + ": the dose of " + exercise);
		assertAccessible("the runner's week with a clinician's change");
		clickAndWait(byText("Undo"));
		assertThat(find("main").getText()).contains("The change was undone");
		assertThat(driver.findElements(By.cssSelector("#plan-changes"))).isEmpty();
		driver.get(address);
		assertThat(find("#adjust h4").getText()).isEqualTo(planned);
	}

	/** The text of each printed page, to say what went where. */
	private static java.util.List<String> pages(PDDocument printed) throws java.io.IOException {
		java.util.List<String> pages = new java.util.ArrayList<>();
		for (int page = 1; page <= printed.getNumberOfPages(); page++) {
			org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pages.add(stripper.getText(printed).replace('\n', ' '));
		}
		return pages;
	}

}
