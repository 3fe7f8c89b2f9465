package dev.hipflex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.Fixture;
import dev.hipflex.Runners;
import dev.hipflex.Zips;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Export everything" on the account page: one zip with the journal CSV, the runner's week as .ics and JSON,
 * the checklist's ticks and the account's details, and nothing of any other runner.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class DataExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@Test
	void theZipHoldsEverythingTheRunnerSavedAndNothingOfAnotherRunner() throws Exception {
		Fixture owner = Fixture.create(mvc, jdbc, accounts, "leaving");
		Fixture other = Fixture.create(mvc, jdbc, accounts, "staying");

		MockHttpServletResponse response = mvc.perform(get("/account/export.zip").with(Runners.as(owner.runner())))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"hipflex-export-" + LocalDate.now(clock) + ".zip\"");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		Map<String, String> files = Zips.unzip(response.getContentAsByteArray());
		assertThat(files).containsOnlyKeys("README.txt", "account.json", "journal.csv", "pauses.csv", "week.ics", "week.json",
				"checklist-ticks.csv", "checklist-days.csv", "guided-draft.csv", "share-links.json", "plan-changes.json");
		assertThat(files.get("README.txt")).contains("journal.csv", "health data");
		assertThat(files.get("guided-draft.csv")).startsWith("routine,date,started_at,next_step,step,exercise,amount\r\n")
			.hasLineCount(2);
		assertThat(files.get("account.json")).contains("\"email\" : \"" + owner.runner().email() + "\"", "\"usualPain\"", "\"timeZone\"")
			.doesNotContain("password", "$2");
		assertThat(files.get("journal.csv")).startsWith("session,date,routine").contains("leaving's session")
			.doesNotContain("staying's session");
		assertThat(files.get("week.ics")).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=WEEKLY");
		assertThat(files.get("week.json")).contains("\"days\"", "\"runDay\"", "\"exercises\"", "\"dose\" : \"3 × 10–12 reps");
		assertThat(files.get("checklist-ticks.csv")).startsWith("date,item,text").contains("2024-05-04,warm-up");
		assertThat(other.runner().email()).isNotIn(files.values());
		for (String text : files.values()) {
			assertThat(text).doesNotContain(other.runner().email());
		}
	}

	@Test
	void aRunnerWithoutAWeekGetsTheRestAndTheAccountPageLinksToTheExport() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "new");

		Map<String, String> files = Zips.unzip(mvc.perform(get("/account/export.zip").with(Runners.as(runner)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());

		assertThat(files).containsKeys("README.txt", "account.json", "journal.csv", "checklist-ticks.csv")
			.doesNotContainKeys("week.ics", "week.json");
		String page = mvc.perform(get("/account").with(Runners.as(runner))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).select("#export a[href=/account/export.zip]").text())
			.isEqualTo("Download all my data (.zip)");
	}

	@Test
	void aVisitorIsSentToLogIn() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/account/export.zip")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}


}
