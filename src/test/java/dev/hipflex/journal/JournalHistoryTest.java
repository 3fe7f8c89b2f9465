package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The history (order, pages, filters), the month calendar and the pain-monitoring messages. */
@SpringBootTest
@DateSensitive
class JournalHistoryTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	CurrentRunner runner;

	MockMvc runnerMvc;

	LocalDate monday;

	@BeforeEach
	void runner() {
		runner = Runners.create(accounts, "history");
		runnerMvc = Journals.as(context, runner);
		monday = Journals.pastMonday(clock);
	}

	@Test
	void theHistoryShowsTheNewestFirstTwentyAPage() throws Exception {
		LocalDate start = LocalDate.of(2024, 1, 1);
		long bridge = Journals.exerciseId(jdbc, "glute-bridge");
		for (int day = 0; day < 25; day++) {
			long id = Journals.insertSession(jdbc, runner, start.plusDays(day), "Hip strength A", 5, 1, null);
			for (int set = 1; set <= day % 4; set++) {
				Journals.insertSet(jdbc, id, bridge, set, 10);
			}
		}
		// Another runner's sessions never show.
		Journals.insertSession(jdbc, Runners.create(accounts, "someone-else"), start.plusDays(40), "Theirs", 9, 9, 9);

		Document first = Pages.fetch(runnerMvc, "/journal");
		assertThat(first.select(".result-count").text()).isEqualTo("25 sessions in your journal.");
		List<Element> rows = first.select(".journal-history tbody tr");
		assertThat(rows).hasSize(20);
		assertThat(rows.get(0).selectFirst("th a").text()).isEqualTo("Thu 25 Jan 2024");
		assertThat(rows.get(0).select("td").eachText()).containsExactly("Hip strength A", "0", "5 of 10: moderate",
				"1 of 10", "Not added yet");
		assertThat(rows.get(1).select("td").get(1).text()).isEqualTo("3");
		assertThat(rows.get(19).selectFirst("th a").text()).isEqualTo("Sat 6 Jan 2024");
		assertThat(first.select("caption").text()).contains("page 1 of 2");
		assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/journal?page=2");
		assertThat(first.select("a[rel=prev]")).isEmpty();

		Document second = Pages.fetch(runnerMvc, "/journal?page=2");
		assertThat(second.select(".journal-history tbody tr")).hasSize(5);
		assertThat(second.select(".journal-history tbody tr").last().selectFirst("th a").text())
			.isEqualTo("Mon 1 Jan 2024");
		assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/journal?page=1");
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.select(".pagination span").text()).isEqualTo("Page 2 of 2");
		assertThat(second.select(".result-count").text()).isEqualTo("25 sessions in your journal.");
	}

	@Test
	void beyondTheCountLimitTheHistorySaysMoreThanAndStillPagesToTheEnd() throws Exception {
		int sessions = HistoryFilter.COUNT_LIMIT + 25;
		LocalDate first = LocalDate.of(2020, 1, 1);
		java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
		jdbc.batchUpdate("insert into training_session (account_id, session_date, routine_name, effort, pain_during, "
				+ "created_at, updated_at, version) values (?, ?, 'Hip strength A', 5, 1, ?, ?, 0)",
				java.util.stream.IntStream.range(0, sessions)
					.mapToObj(day -> new Object[] { runner.id(), first.plusDays(day), now, now })
					.toList());

		Document newest = Pages.fetch(runnerMvc, "/journal");
		assertThat(newest.select(".result-count").text()).isEqualTo("More than 500 sessions in your journal.");
		assertThat(newest.select(".journal-history tbody tr")).hasSize(20);
		assertThat(newest.select("caption").text()).isEqualTo("Your sessions, newest first (page 1)");
		assertThat(newest.select(".pagination span").text()).isEqualTo("Page 1");
		assertThat(newest.select("a[rel=next]").attr("href")).isEqualTo("/journal?page=2");

		// The last page counts its own rows: the total is exact again.
		Document last = Pages.fetch(runnerMvc, "/journal?page=27");
		assertThat(last.select(".journal-history tbody tr")).hasSize(5);
		assertThat(last.select(".journal-history tbody tr").last().selectFirst("th a").text()).isEqualTo("Wed 1 Jan 2020");
		assertThat(last.select(".result-count").text()).isEqualTo("525 sessions in your journal.");
		assertThat(last.select(".pagination span").text()).isEqualTo("Page 27 of 27");
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo("/journal?page=26");

		assertBad("/journal?page=28", "There is no page 28: this list has 27 pages.");
		// A filter that matches fewer sessions than the limit is counted exactly.
		assertThat(Pages.fetch(runnerMvc, "/journal?from=2021-01-01&to=2021-01-30").select(".result-count").text())
			.isEqualTo("30 sessions match these filters.");
	}

	@Test
	void theHistoryFiltersByDatesAndByExercise() throws Exception {
		long lunge = Journals.exerciseId(jdbc, "forward-lunge");
		long withLunge = Journals.insertSession(jdbc, runner, LocalDate.of(2024, 3, 5), "Hip strength B", 6, 2, 1);
		Journals.insertSet(jdbc, withLunge, lunge, 1, 8);
		Journals.insertSet(jdbc, withLunge, Journals.exerciseId(jdbc, "glute-bridge"), 2, 8);
		Journals.insertSession(jdbc, runner, LocalDate.of(2024, 3, 1), "Hip strength A", 6, 2, 1);
		Journals.insertSession(jdbc, runner, LocalDate.of(2024, 4, 1), null, 6, 2, 1);

		Document range = Pages.fetch(runnerMvc, "/journal?from=2024-03-02&to=2024-04-01");
		assertThat(range.select(".result-count").text()).isEqualTo("2 sessions match these filters.");
		assertThat(range.select(".journal-history tbody th").eachText()).containsExactly("Mon 1 Apr 2024",
				"Tue 5 Mar 2024");
		assertThat(range.select(".journal-history tbody tr").get(0).select("td").first().text()).isEqualTo("No routine");
		assertThat(range.select("#filter-from").val()).isEqualTo("2024-03-02");

		Document exercise = Pages.fetch(runnerMvc, "/journal?exercise=forward-lunge");
		assertThat(exercise.select(".journal-history tbody th").eachText()).containsExactly("Tue 5 Mar 2024");
		assertThat(exercise.select(".journal-history tbody td").get(1).text()).as("all sets of the session").isEqualTo("2");
		assertThat(exercise.select("#filter-exercise option[selected]").text()).isEqualTo("Forward lunge");
		assertThat(exercise.select("label[for=filter-from], label[for=filter-to], label[for=filter-exercise]"))
			.hasSize(3);

		assertThat(Pages.fetch(runnerMvc, "/journal?exercise=glute-bridge&from=2024-03-06").text())
			.contains("No sessions match these filters.");
	}

	@Test
	void badFilterValuesAreA400ThatSaysWhatWasWrong() throws Exception {
		assertBad("/journal?page=0", "“0” is not a page number");
		assertBad("/journal?page=abc", "“abc” is not a page number");
		assertBad("/journal?page=-1", "“-1” is not a page number");
		assertBad("/journal?page=99999999999", "is not a page number");
		assertBad("/journal?page=3", "There is no page 3: this list has 1 page.");
		assertBad("/journal?from=yesterday", "“yesterday” is not a date for “From”");
		assertBad("/journal?to=2024-02-30", "“2024-02-30” is not a date for “To”");
		assertBad("/journal?from=2024-05-01&to=2024-04-01", "The “From” date (2024-05-01) is after the “To” date (2024-04-01)");
		assertBad("/journal?exercise=%3Cscript%3E", "“<script>” is not an exercise in the library");
	}

	@Test
	void theCalendarShowsWhatWasPlannedBesideWhatWasDone() throws Exception {
		long logged = Journals.insertSession(jdbc, runner, monday, "Hip strength A", 6, 2, null);
		YearMonth month = YearMonth.from(monday);

		Document page = Pages.fetch(runnerMvc, "/journal/calendar?month=" + month);
		String monthName = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
				+ " " + month.getYear();
		assertThat(page.select("table caption").text()).isEqualTo(monthName + ": planned and done");
		assertThat(page.select("thead th[scope=col]").eachText()).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri",
				"Sat", "Sun");
		assertThat(page.select("thead abbr").first().attr("title")).isEqualTo("Monday");
		Element mondayCell = cell(monday);
		assertThat(mondayCell.select(".journal-calendar__planned").text()).isEqualTo("Planned: Session: Hip strength A");
		assertThat(mondayCell.select(".journal-calendar__done").text()).isEqualTo("Done: Hip strength A");
		assertThat(mondayCell.select(".journal-calendar__done a").attr("href")).isEqualTo("/journal/" + logged);
		Element tuesday = cell(monday.plusDays(1));
		assertThat(tuesday.select(".journal-calendar__planned").text())
			.isEqualTo("Planned: Run Before the run: Dynamic warm-up After the run: Post-run stretches");
		assertThat(tuesday.select(".journal-calendar__done").text()).isEqualTo("Done: Nothing logged");
		assertThat(cell(monday.plusDays(2)).select(".journal-calendar__planned").text()).isEqualTo("Planned: Rest");
		assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/journal/calendar?month=" + month.minusMonths(1));
		assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/journal/calendar?month=" + month.plusMonths(1));

		Document thisMonth = Pages.fetch(runnerMvc, "/journal/calendar");
		assertThat(thisMonth.select("td[aria-current=date]")).hasSize(1);
		assertThat(thisMonth.select("td[aria-current=date]").text()).contains("(today)");
		assertThat(thisMonth.select("td[aria-current=date] time").attr("datetime")).isEqualTo(LocalDate.now(clock).toString());
	}

	@Test
	void badMonthsAreA400() throws Exception {
		assertBad("/journal/calendar?month=2024-13", "“2024-13” is not a month");
		assertBad("/journal/calendar?month=May", "“May” is not a month");
		assertBad("/journal/calendar?month=1999-12", "The month 1999-12 is outside the calendar");
		assertThat(Pages.fetch(runnerMvc, "/journal/calendar?month=2000-01").select("a[rel=prev]")).isEmpty();
	}

	@Test
	void painAboveFiveDuringASessionBringsThePainMonitoringAdviceWithItsConditionsAndTheRedFlags() throws Exception {
		long id = Journals.insertSession(jdbc, runner, monday, "Hip strength A", 6, 7, null);
		Document page = Pages.fetch(runnerMvc, "/journal/" + id);
		Element advice = page.selectFirst(".pain-advice");
		assertThat(advice).isNotNull();
		assertThat(advice.text()).contains("Your pain during this session was 7 out of 10, above 5 out of 10")
			.contains("ease off", "easier variant", "known tendon or muscle problem that a physiotherapist or doctor has examined",
					"Never use it for bone pain or deep groin pain, which can be a stress fracture",
					"fresh muscle strain", "Achilles tendinopathy", "did not test the 5 out of 10 limit",
					"did not study the hip", "Expert opinion (extrapolated)", "HipFlex does not diagnose")
			.doesNotContain("next morning was", "acceptable");
		assertThat(advice.select("a").eachAttr("href")).containsExactly("/sources#evidence-extrapolated",
				"/sources#silbernagel-2007", "/account#usual-pain");
		assertRedFlagBoxAfter(advice);
	}

	@Test
	void morningPainHigherThanAfterThePreviousSessionBringsTheAdvice() throws Exception {
		usualPain(2);
		Journals.insertSession(jdbc, runner, monday.minusDays(4), "Hip strength B", 6, 2, 2);
		// A later session without morning pain does not count as "previous".
		Journals.insertSession(jdbc, runner, monday.minusDays(2), "Hip strength B", 6, 2, null);
		long id = Journals.insertSession(jdbc, runner, monday, "Hip strength A", 6, 3, 4);
		Element advice = Pages.fetch(runnerMvc, "/journal/" + id).selectFirst(".pain-advice");
		assertThat(advice).isNotNull();
		assertThat(advice.text()).contains("Your pain the next morning was 4 out of 10, higher than the 2 out of 10")
			.contains("above your usual level of 2 out of 10: the pain from the session had not settled overnight")
			.doesNotContain("during this session was");
		assertRedFlagBoxAfter(advice);
	}

	@Test
	void aFirstMorningAboveTheUsualLevelHasNotSettledAndBringsTheAdvice() throws Exception {
		long id = Journals.insertSession(jdbc, runner, monday, "Hip strength A", 6, 2, 2);
		Element advice = Pages.fetch(runnerMvc, "/journal/" + id).selectFirst(".pain-advice");
		assertThat(advice).as("morning pain above the usual level of 0").isNotNull();
		assertThat(advice.text())
			.contains("Your pain the next morning was 2 out of 10, above your usual level of 0 out of 10: the pain from the session had not settled overnight")
			.contains("Mornings are compared with your usual pain level, 0 out of 10, which you set in your account")
			.doesNotContain("higher than the", "during this session was");
		assertRedFlagBoxAfter(advice);
	}

	@Test
	void morningPainThatStaysUpAcrossSessionsBringsTheAdviceToTheSessionAndTheHistory() throws Exception {
		// The same morning pain each time: never higher than the morning before, and never settled.
		Journals.insertSession(jdbc, runner, monday.minusDays(6), "Hip strength A", 6, 3, 0);
		Journals.insertSession(jdbc, runner, monday.minusDays(4), "Hip strength B", 6, 3, 3);
		Journals.insertSession(jdbc, runner, monday.minusDays(3), "Hip strength B", 6, 3, null);
		Journals.insertSession(jdbc, runner, monday.minusDays(2), "Hip strength A", 6, 3, 3);
		long latest = Journals.insertSession(jdbc, runner, monday, "Hip strength B", 6, 3, 3);
		String since = date(monday.minusDays(4));
		String staysUp = "Your pain the next morning has been above your usual level of 0 out of 10 after each of "
				+ "your last 3 sessions with a next-morning value, since your session of " + since;

		Element advice = Pages.fetch(runnerMvc, "/journal/" + latest).selectFirst(".pain-advice");
		assertThat(advice).isNotNull();
		assertThat(advice.text()).contains(staysUp, "see a physiotherapist or a doctor", "stop training and get checked")
			.doesNotContain("higher than the", "had not settled overnight");
		assertRedFlagBoxAfter(advice);

		// Today's session, its morning not in yet, does not hide the mornings before it from the history.
		long today = Journals.insertSession(jdbc, runner, monday.plusDays(1), "Hip strength A", 6, 2, null);
		assertThat(Pages.fetch(runnerMvc, "/journal/" + today).select(".pain-advice")).isEmpty();
		Document history = Pages.fetch(runnerMvc, "/journal");
		Element check = history.selectFirst(".pain-advice");
		assertThat(check).as("the history's pain check").isNotNull();
		assertThat(check.text()).contains("About your latest session with a next-morning pain, on " + date(monday), staysUp,
				"see a physiotherapist or a doctor");
		assertThat(check.select("a").eachAttr("href")).contains("/journal/" + latest);
		assertRedFlagBoxAfter(check);
		assertThat(Pages.fetch(runnerMvc, "/journal?page=1&exercise=glute-bridge").select(".pain-advice"))
			.as("the check is about the runner, whatever the history shows").hasSize(1);
	}

	@Test
	void theUsualLevelTheRunnerSetsDecidesWhetherMorningsHaveSettled() throws Exception {
		Journals.insertSession(jdbc, runner, monday.minusDays(3), "Hip strength B", 6, 2, 3);
		long id = Journals.insertSession(jdbc, runner, monday, "Hip strength A", 6, 5, 3);
		assertThat(Pages.fetch(runnerMvc, "/journal/" + id).select(".pain-advice").text())
			.contains("above your usual level of 0 out of 10 after each of your last 2 sessions");

		usualPain(3);
		assertThat(Pages.fetch(runnerMvc, "/journal/" + id).select(".pain-advice, .red-flags")).isEmpty();
		assertThat(Pages.fetch(runnerMvc, "/journal").select(".pain-advice, .red-flags")).isEmpty();

		usualPain(2);
		assertThat(Pages.fetch(runnerMvc, "/journal/" + id).select(".pain-advice").text())
			.contains("above your usual level of 2 out of 10 after each of your last 2 sessions");
	}

	@Test
	void painWithinTheModelsLimitsAndMorningsBackToTheUsualLevelBringNoAdvice() throws Exception {
		Journals.insertSession(jdbc, runner, monday.minusDays(3), "Hip strength B", 6, 2, 1);
		long id = Journals.insertSession(jdbc, runner, monday, "Hip strength A", 6, 5, 0);
		assertThat(Pages.fetch(runnerMvc, "/journal/" + id).select(".pain-advice, .red-flags")).isEmpty();
		assertThat(Pages.fetch(runnerMvc, "/journal").select(".pain-advice, .red-flags")).isEmpty();
	}

	/** The red-flag box, with the guide's red flags, right after the advice. */
	private void assertRedFlagBoxAfter(Element advice) {
		Element box = advice.nextElementSibling();
		assertThat(box).isNotNull();
		assertThat(box.is("aside.red-flags")).as("the red-flag box after the advice").isTrue();
		assertThat(box.select("li").eachText()).as("the red flags")
			.hasSize(jdbc.queryForObject("select count(*) from red_flag", Integer.class))
			.anySatisfy(flag -> assertThat(flag).containsIgnoringCase("stress fracture"));
		assertThat(box.select("a").eachAttr("href")).contains("/guide/red-flags");
	}

	/** Sets the runner's usual pain level through the account page's form. */
	private void usualPain(int level) throws Exception {
		runnerMvc.perform(post("/account/usual-pain").with(csrf()).param("usualPain", Integer.toString(level)))
			.andExpect(status().is3xxRedirection());
	}

	private static String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
	}

	/** A day's cell, found by its full date on its own month's page (the week may cross a month's end). */
	private Element cell(LocalDate date) throws Exception {
		Element cell = Pages.fetch(runnerMvc, "/journal/calendar?month=" + YearMonth.from(date))
			.selectFirst("td:has(time[datetime=" + date + "])");
		assertThat(cell).as("the calendar's cell of %s", date).isNotNull();
		assertThat(cell.select("time").text()).isEqualTo(Integer.toString(date.getDayOfMonth()));
		return cell;
	}

	private void assertBad(String url, String message) throws Exception {
		assertThat(Pages.fetch(runnerMvc, url, 400).select("main .lead").text()).contains(message);
	}

}
