package dev.hipflex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import dev.hipflex.DateSensitive;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/** What a visitor and a runner do, click by click, in a real browser. */
class JourneysTest extends BrowserTest {

	@Test
	void aVisitorFindsAMuscleFiltersExercisesAndTakesTheWeekAway() throws IOException {
		go("/");
		click("The hip flexor guide");
		assertThat(h1()).isNotBlank();
		WebElement sartorius = driver.findElement(By.xpath("//main//a[normalize-space()='Sartorius']"));
		clickAndWait(sartorius);
		assertThat(path()).isEqualTo("/guide/muscles/sartorius");
		assertThat(h1()).isEqualTo("Sartorius");
		WebElement diagram = find("main svg[role=img]");
		assertThat(diagram.isDisplayed()).isTrue();
		assertThat(diagram.findElement(By.tagName("desc")).getAttribute("textContent")).contains("Sartorius");
		assertThat(find("main figure.anatomy figcaption").getText()).contains("Sartorius");

		click("Exercises");
		new Select(find("#filter-type")).selectByVisibleText("Stretch");
		new Select(find("#filter-muscle")).selectByVisibleText("Iliopsoas");
		click("Show exercises");
		assertThat(path()).contains("type=stretch").contains("muscle=iliopsoas");
		List<String> shown = texts("main .exercise-card__name");
		assertThat(shown).contains("Kneeling hip flexor stretch").doesNotContain("Glute bridge");

		go("/");
		click("The recommended week");
		assertThat(path()).isEqualTo("/week");
		browser.forgetDownload("hipflex-week-a4.pdf");
		clickToDownload("Download as PDF (A4)");
		String pdf = pdfText(browser.downloaded("hipflex-week-a4.pdf"));
		assertThat(pdf).contains("Recommended week", "Mon", "Sun", "Hip strength A", "Glute bridge");

		browser.forgetDownload("hipflex-week.ics");
		clickToDownload("Add to your calendar (.ics file, repeats every week)");
		String ics = new String(browser.downloaded("hipflex-week.ics"), StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "RRULE:FREQ=WEEKLY");
	}

	@Test
	@DateSensitive
	void aRunnerPlansLogsExportsImportsAndLogsOut() throws IOException {
		registerAndLogIn("journey");

		go("/my/week");
		click("Start from “Recommended week”");
		assertThat(path()).isEqualTo("/my/week");
		WebElement customise = browser.all("main a.planned__customise")
			.stream()
			.filter(link -> link.getAttribute("textContent").contains("Hip strength A"))
			.findFirst()
			.orElseThrow();
		clickAndWait(customise);
		assertThat(h1()).contains("Hip strength A");
		List<WebElement> removeButtons = browser.all("main .my-entry form button");
		WebElement remove = removeButtons.stream()
			.filter(button -> button.getText().startsWith("Remove "))
			.reduce((first, second) -> second)
			.orElseThrow();
		String removed = remove.getText().substring("Remove ".length());
		clickAndWait(remove);
		assertThat(find(".notice").getText()).isNotBlank();
		assertThat(texts("main .my-entry .entry__name")).isNotEmpty().noneMatch(name -> name.equals(removed));
		go("/my/week");
		assertThat(texts("main .planned__yours")).contains("Your version");

		LocalDate today = today();
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		logSession(monday, "Hip strength A", "12", 6, 1);
		long second = logSession(today, "Hip strength B", "10", 5, 0);

		click("Edit this session");
		type("notes", "Felt strong, left side tight");
		choose("effort", 7);
		click("Save session");
		assertThat(path()).isEqualTo("/journal/" + second);
		assertThat(find(".notice").getText()).startsWith("Your changes to the session of");
		assertThat(find("main").getText()).contains("Felt strong, left side tight");

		go("/journal");
		assertThat(browser.all("main .journal-history tbody tr")).hasSize(2);
		click("Your progress");
		assertThat(path()).isEqualTo("/journal/progress");
		assertThat(find("main").getText()).contains("This week you have done 2 of 2 planned");
		go("/checklist");
		assertThat(find("main").getText()).contains("Done:", "(2 of 2 sessions logged in your journal this week)");

		go("/journal");
		String csvName = "hipflex-journal-" + today + ".csv";
		browser.forgetDownload(csvName);
		clickToDownload("Download as CSV");
		String csv = new String(browser.downloaded(csvName), StandardCharsets.UTF_8);
		assertThat(csv).contains("Hip strength A", "Hip strength B", "Felt strong, left side tight");
		logOut();

		registerAndLogIn("imported");
		go("/journal/import");
		find("#file").sendKeys(Chromium.DOWNLOADS.resolve(csvName).toString());
		click("Check and import");
		assertThat(find("main").getText()).contains("2 sessions were imported");
		go("/journal");
		assertThat(browser.all("main .journal-history tbody tr")).hasSize(2);
		assertThat(find("main .journal-history").getText()).contains("Hip strength A", "Hip strength B");

		logOut();
		go("/journal");
		assertThat(path()).startsWith("/login");
		assertThat(h1()).isEqualTo("Log in");
		go("/my/week");
		assertThat(path()).startsWith("/login");
	}

	@Test
	void aStaleEditFromASecondTabIsRefused() {
		registerAndLogIn("tabs");
		long id = logSession(today(), "Hip strength A", "12", 5, 0);
		go("/journal/" + id + "/edit");
		String first = driver.getWindowHandle();

		driver.switchTo().newWindow(WindowType.TAB);
		try {
			go("/journal/" + id + "/edit");
			type("notes", "Saved from the second tab");
			click("Save session");
			assertThat(find(".notice").getText()).startsWith("Your changes to the session of");
		}
		finally {
			driver.close();
			driver.switchTo().window(first);
		}

		type("notes", "Typed in the first tab");
		click("Save session");
		WebElement conflict = find("#conflict");
		assertThat(conflict.getText()).contains("This session was changed somewhere else", "Nothing was overwritten");
		assertThat(find("#notes").getAttribute("value")).isEqualTo("Typed in the first tab");
		assertAccessible("the refused edit");
		click("See the latest version of the session");
		assertThat(find("main").getText()).contains("Saved from the second tab").doesNotContain("Typed in the first tab");
	}

	private List<String> texts(String css) {
		List<String> texts = new ArrayList<>();
		for (WebElement element : browser.all(css)) {
			texts.add(element.getText());
		}
		return texts;
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
