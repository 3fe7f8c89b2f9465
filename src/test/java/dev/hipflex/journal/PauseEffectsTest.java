package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.BreakReturns;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a pause changes elsewhere: the checklist asks nothing for a paused day, the first week back after a break of
 * 7 days or more suggests easier doses (on the runner's week and the home page), the calendar and the progress page
 * mark paused days, the export holds the pauses and deleting the account deletes them. Dates are relative to the
 * application's clock.
 */
@DateSensitive
class PauseEffectsTest extends RunnerPausing {

	@Autowired
	Pauses pauses;

	@Test
	void theChecklistAsksNothingForAPausedDayAndRefusesTicksForIt() throws Exception {
		Document before = Pages.fetch(mvc, "/checklist", runner);
		assertThat(before.select("form.checklist-form")).hasSize(1);
		assertThat(before.select(".pause-notice")).isEmpty();

		pause(runner, today.minusDays(1), today, "ILLNESS", null);
		Document page = Pages.fetch(mvc, "/checklist", runner);

		assertThat(page.select("form.checklist-form")).isEmpty();
		assertThat(page.select(".pause-notice").text()).contains("Paused", "You paused this day (Illness, until");
		Element todayRow = page.select(".checklist-week tbody tr").get(today.getDayOfWeek().getValue() - 1);
		assertThat(todayRow.select("td").last().text()).isEqualTo("Paused");
		mvc.perform(post("/checklist").with(Runners.as(runner)).with(csrf()).param("date", today.toString())
			.param("runDay", "true").param("item", Long.toString(item("warm-up")))).andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from checklist_tick where account_id = ?", Integer.class,
				runner.id())).isZero();
		assertThat(Pages.fetch(mvc, "/checklist?date=" + today.minusDays(2), runner).select("form.checklist-form"))
			.as("the day before the pause").hasSize(1);
	}

	@Test
	void onlyABreakOfSevenDaysOrMoreSuggestsEasierDosesAndOnlyInTheFirstWeekBack() {
		assertThat(returning(today.minusDays(6), today.minusDays(1))).as("6 days").isNull();
		BreakReturns.Return seven = returning(today.minusDays(7), today.minusDays(1));
		assertThat(seven).as("7 days").isNotNull();
		assertThat(seven.days()).isEqualTo(7);
		assertThat(seven.easierUntil()).isEqualTo(today.plusDays(6));
		assertThat(returning(today.minusDays(13), today.minusDays(7))).as("last day of the first week back").isNotNull();
		assertThat(returning(today.minusDays(14), today.minusDays(8))).as("the second week back").isNull();
		assertThat(returning(today.minusDays(7), today)).as("still paused today").isNull();

		CurrentRunner touching = Runners.create(accounts, "paused-touching");
		pause(touching, today.minusDays(7), today.minusDays(5), "TRAVEL", null);
		pause(touching, today.minusDays(4), today.minusDays(1), "ILLNESS", null);
		assertThat(pauses.returning(touching.id())).as("two pauses that touch are one break")
			.hasValueSatisfying(back -> assertThat(back.days()).isEqualTo(7));

		CurrentRunner apart = Runners.create(accounts, "paused-apart");
		pause(apart, today.minusDays(9), today.minusDays(7), "TRAVEL", null);
		pause(apart, today.minusDays(5), today.minusDays(1), "ILLNESS", null);
		assertThat(pauses.returning(apart.id())).as("a day of training between them").isEmpty();
	}

	@Test
	void theFirstWeekBackShowsTheBottomOfEachDoseOnTheRunnersWeekAndTheHomePage() throws Exception {
		mvc.perform(post("/my/week").with(Runners.as(runner)).with(csrf()).param("from", "recommended"))
			.andExpect(status().is3xxRedirection());
		assertThat(Pages.fetch(mvc, "/my/week", runner).select(".returning")).isEmpty();
		assertThat(Pages.fetch(mvc, "/", runner).select(".returning")).isEmpty();

		pause(runner, today.minusDays(7), today.minusDays(1), "INJURY", "hamstring");
		Document week = Pages.fetch(mvc, "/my/week", runner);

		Element returning = week.selectFirst(".returning");
		assertThat(returning.select("h3").text()).isEqualTo("Returning after a break");
		assertThat(returning.text()).contains("Your 7-day break ended on");
		assertThat(returning.select("h4").eachText()).contains("Hip strength A");
		assertThat(returning.select("li").eachText()).contains(
				"Glute bridge: 2 × 10 reps instead of 2–3 × 10–15 reps",
				"Standing hip flexion: 2 × 10 reps per side instead of 2–3 × 10–15 reps per side");
		assertThat(week.select(".week-day .dose").eachText()).as("the plan itself is unchanged")
			.contains("2–3 × 10–15 reps");
		Document home = Pages.fetch(mvc, "/", runner);
		assertThat(home.select(".returning h3").text()).isEqualTo("Returning after a break");
	}

	@Test
	void theCalendarMarksPausedDaysInWords() throws Exception {
		LocalDate first = today.withDayOfMonth(1);
		pause(runner, first, first.plusDays(1), "TRAVEL", null);

		Document page = Pages.fetch(mvc, "/journal/calendar", runner);

		assertThat(page.select("td.journal-day--paused")).hasSize(2);
		assertThat(page.select("td.journal-day--paused .journal-calendar__pause").eachText())
			.containsOnly("Paused Travel");
		assertThat(page.select("td:not(.journal-day--paused) .journal-calendar__pause")).isEmpty();
	}

	@Test
	void theProgressPageListsPausesAndCountsPausedDaysPerWeek() throws Exception {
		Journals.insertSession(jdbc, runner.id(), today.minusWeeks(3), "Hip strength A", 5, 1, 0, null);
		LocalDate monday = today.minusWeeks(2).with(java.time.DayOfWeek.MONDAY);
		pause(runner, monday, monday.plusDays(6), "INJURY", null);

		Document page = Pages.fetch(mvc, "/journal/progress", runner);

		assertThat(page.select(".progress-pauses li").text()).contains("Paused", "Injury:", "(7 days)");
		// The table has the last 12 weeks, oldest first: 11 is this week.
		Element row = page.select("#adherence-table tbody tr").get(11 - 2);
		assertThat(row.children().eachText()).endsWith("0", "0", "Paused week", "7 days");
		assertThat(page.select("#adherence-table tbody tr").get(11 - 1).children().last().text())
			.isEqualTo("none");
	}

	@Test
	void theExportHoldsThePausesAndDeletingTheAccountDeletesThem() throws Exception {
		pause(runner, today.minusDays(3), today.minusDays(2), "OTHER", "=HYPERLINK(\"x\")");

		byte[] zip = mvc.perform(get("/account/export.zip").with(Runners.as(runner))).andReturn().getResponse()
			.getContentAsByteArray();

		assertThat(unzip(zip, "pauses.csv")).startsWith("starts_on,ends_on,reason,note\r\n")
			.contains(today.minusDays(3) + "," + today.minusDays(2) + ",OTHER,\"'=HYPERLINK(\"\"x\"\")\"");
		accounts.delete(runner.id());
		assertThat(jdbc.queryForObject("select count(*) from training_pause where account_id = ?", Integer.class,
				runner.id())).isZero();
	}

	@Test
	void otherFeaturesCanAskWhetherADayIsPausedAndWhenTheLastInjuryPauseEnded() {
		assertThat(pauses.lastInjuryPauseEnd(runner.id())).isEmpty();
		pause(runner, today.minusDays(30), today.minusDays(20), "INJURY", null);
		pause(runner, today.minusDays(10), today.minusDays(5), "TRAVEL", null);
		pause(runner, today.plusDays(5), today.plusDays(9), "INJURY", null);

		assertThat(pauses.lastInjuryPauseEnd(runner.id())).as("not the one still to come").contains(today.minusDays(20));
		assertThat(pauses.isPaused(runner.id(), today.minusDays(5))).isTrue();
		assertThat(pauses.isPaused(runner.id(), today.minusDays(4))).isFalse();
	}


	/** The break {@code from..to} of a new runner, as the week page would be told. */
	private BreakReturns.Return returning(LocalDate from, LocalDate to) {
		CurrentRunner someone = Runners.create(accounts, "paused-break");
		pause(someone, from, to, "INJURY", null);
		return pauses.returning(someone.id()).orElse(null);
	}

	private long item(String slug) {
		return jdbc.queryForObject("select id from checklist_item where slug = ?", Long.class, slug);
	}

	private static String unzip(byte[] zip, String name) throws Exception {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no " + name);
	}

}
