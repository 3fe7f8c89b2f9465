package dev.hipflex.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.hipflex.DateSensitive;
import dev.hipflex.Pages;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DateSensitive
class ProgressPageTest {

	static final DateTimeFormatter WEEK_START = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@AfterEach
	void logOut() {
		TestSecurityContextHolder.clearContext();
	}

	@Test
	void visitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/journal/progress")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRunnerWithoutSessionsIsAskedToLogOne() throws Exception {
		Document page = fetchAs(Runners.create(accounts, "progress-empty"), "/journal/progress");

		assertThat(page.select("h1").text()).isEqualTo("Your progress");
		assertThat(page.select("main").text()).contains("You have not logged a strength session yet");
		assertThat(page.select("main a[href=/journal/new]").text()).isEqualTo("Log your first session");
		assertThat(page.select("svg, table")).isEmpty();
	}

	@Test
	void adherenceStreakVolumeAndPainShowTheRunnersNumbers() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "progress");
		LocalDate current = Weeks.monday(LocalDate.now(clock));
		long lastWeek = session(runner, current.minusWeeks(1), 5, 2, 1);
		sets(lastWeek, "glute-bridge", 12, 12, 12);
		sets(lastWeek, "mountain-climbers", null, null);
		session(runner, current.minusWeeks(1).plusDays(3), 6, 3, null);
		long twoWeeksAgo = session(runner, current.minusWeeks(2), 4, 1, 0);
		sets(twoWeeksAgo, "glute-bridge", 10, 10);
		session(runner, current.minusWeeks(2).plusDays(2), 4, 1, 0);
		session(runner, current.minusWeeks(2).plusDays(4), 7, 6, 6);
		session(runner, current.minusWeeks(3), 5, 0, 0);
		session(runner, current.minusWeeks(3).plusDays(3), 5, 0, 0);
		session(runner, current.minusWeeks(4), 5, 0, 0);
		long thisWeek = session(runner, current, 6, 2, null);
		sets(thisWeek, "glute-bridge", 15);

		Document page = fetchAs(runner, "/journal/progress");

		assertThat(page.select(".progress-streak").text()).isEqualTo(
				"You have done the 2 strength sessions your week plans every week for 3 weeks in a row, since the week of "
						+ WEEK_START.format(current.minusWeeks(3)) + ".");
		assertThat(page.select(".progress-this-week").text()).isEqualTo("This week so far: 1 of 2 planned sessions done.");
		List<List<String>> adherence = rows(page, "#adherence-table");
		assertThat(adherence).hasSize(12);
		assertThat(adherence.subList(6, 12)).extracting(row -> row.subList(1, 4))
			.containsExactly(List.of("2", "0", "No"), List.of("2", "1", "No"), List.of("2", "2", "Yes"),
					List.of("2", "3", "Yes"), List.of("2", "2", "Yes"), List.of("2", "1", "in progress"));
		assertThat(adherence.get(11).get(0)).endsWith("(this week, in progress)")
			.startsWith(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(current));
		assertThat(page.select("#adherence-chart .chart__values text").eachText()).hasSize(12).endsWith("1", "2", "3",
				"2", "1");
		assertThat(page.select("#adherence-chart .chart__bar--partial")).hasSize(1);
		assertThat(page.select("#adherence-chart .chart__label--target").text()).isEqualTo("Planned: 2");

		assertThat(page.select("#progress-exercise option[selected]").attr("value")).as("most sets first")
			.isEqualTo("glute-bridge");
		assertThat(page.select("#progress-exercise option").eachText()).containsExactly("Glute bridge (6 sets)",
				"Mountain climbers (2 sets)");
		List<List<String>> volume = rows(page, "#volume-table");
		assertThat(volume.subList(9, 12)).extracting(row -> row.subList(1, 3))
			.containsExactly(List.of("2", "20"), List.of("3", "36"), List.of("1", "15"));
		assertThat(page.select("#volume-table th").eachText()).contains("Repetitions");
		assertThat(page.select("#volume-chart").text()).contains("Repetitions per week", "Week starting (Monday)",
				"in progress");

		List<List<String>> trends = rows(page, "#trends-table");
		assertThat(trends).hasSize(9);
		assertThat(trends.get(0).subList(2, 5)).containsExactly("5", "0", "0");
		assertThat(trends.get(8).subList(1, 5)).containsExactly("Hip strength A", "6", "2", "Not recorded");
		assertThat(page.select("#trends-chart .chart__series--1 .chart__marker")).hasSize(9);
		assertThat(page.select("#trends-chart .chart__series--3 .chart__marker")).hasSize(7);
		assertThat(page.select("#trends-chart .chart__label").eachText()).containsExactlyInAnyOrder(
				"Extrapolated limit 5/10", "Effort", "Pain during", "Pain next morning");
		assertThat(page.select("#trends-chart desc").text()).contains("a line at 5 of 10",
				"extrapolated to the hip from a trial in Achilles tendinopathy (expert opinion)");
		assertThat(page.select("a[href=\"/sources#silbernagel-2007\"]").text()).contains("Silbernagel et al. 2007");
		// Wherever the 5/10 line is shown: what it is, for whom, how weak its evidence is for the hip, the red flags.
		Element trendsSection = page.selectFirst("section:has(#trends-heading)");
		assertThat(trendsSection.text()).contains("The line at 5 of 10 is the pain-monitoring model’s limit",
				"known tendon or muscle problem that a physiotherapist or doctor has examined",
				"never for bone pain or deep groin pain, which can be a stress fracture",
				"did not test this limit and did not study the hip", "Expert opinion (extrapolated)")
			.doesNotContain("acceptable");
		assertThat(trendsSection.select("a").eachAttr("href")).contains("/sources#evidence-extrapolated",
				"/guide/red-flags");
		for (Element svg : page.select("svg.chart")) {
			assertThat(svg.attr("role")).isEqualTo("img");
			String[] labelledBy = svg.attr("aria-labelledby").split(" ");
			assertThat(svg.select("title#" + labelledBy[0]).text()).isNotBlank();
			assertThat(svg.select("desc#" + labelledBy[1]).text()).isNotBlank();
			assertThat(svg.attr("viewBox")).isEqualTo("0 0 720 320");
			assertThat(svg.parent().nextElementSibling().tagName()).isEqualTo("details");
		}
	}

	@Test
	void theExerciseCanBeChosenAndHoldsAreCountedInSeconds() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "progress-volume");
		LocalDate current = Weeks.monday(LocalDate.now(clock));
		long session = session(runner, current.minusWeeks(1), 5, 2, 1);
		sets(session, "glute-bridge", 12, 12, 12);
		setsOfSeconds(session, "mountain-climbers", 30, 25);

		Document page = fetchAs(runner, "/journal/progress?exercise=mountain-climbers");

		assertThat(page.select("#progress-exercise option[selected]").attr("value")).isEqualTo("mountain-climbers");
		assertThat(rows(page, "#volume-table").get(10).subList(1, 3)).containsExactly("2", "55");
		assertThat(page.select("#volume-table th").eachText()).contains("Seconds");
		assertThat(page.select("#volume-chart").text()).contains("Seconds per week");

		Document notLogged = fetchAs(runner, "/journal/progress?exercise=leg-swings");
		assertThat(notLogged.select("#progress-exercise option[selected]").text()).isEqualTo("Leg swings (no sets)");
		assertThat(rows(notLogged, "#volume-table")).allMatch(row -> row.get(1).equals("0") && row.get(2).equals("0"));
	}

	@Test
	void anUnknownExerciseIsABadRequestWithAClearMessage() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "progress-bad");
		session(runner, LocalDate.now(clock), 5, 2, 1);

		Document page = fetchAs(runner, "/journal/progress?exercise=moonwalk", 400);

		assertThat(page.select(".lead").text()).isEqualTo(
				"There is no exercise “moonwalk” in HipFlex. Choose an exercise from the list on your progress page.");
		assertThat(fetchAs(runner, "/journal/progress?exercise=" + "x".repeat(300), 400).select(".lead").text())
			.contains("x".repeat(80) + "…").doesNotContain("x".repeat(81));
	}

	@Test
	void aStreakLongerThanTheChartIsCountedInFullAndThisWeekCanMeetThePlan() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "progress-streak");
		LocalDate current = Weeks.monday(LocalDate.now(clock));
		for (int week = 0; week <= 70; week++) {
			session(runner, current.minusWeeks(week), 5, 1, 0);
			session(runner, current.minusWeeks(week), 5, 1, 0);
		}

		Document page = fetchAs(runner, "/journal/progress");

		assertThat(page.select(".progress-streak").text()).contains("every week for 70 weeks in a row, since the week of "
				+ WEEK_START.format(current.minusWeeks(70)));
		assertThat(page.select(".progress-this-week").text())
			.isEqualTo("This week you have done 2 of 2 planned: this week already meets the plan.");
		assertThat(rows(page, "#adherence-table").get(11).get(3)).isEqualTo("Yes, already");
		assertThat(page.select("#volume").text()).contains("You logged no sets in the last 12 weeks");
	}

	@Test
	void aStreakLongerThanTwoYearsIsShownAsMoreThan104Weeks() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "progress-long-streak");
		LocalDate current = Weeks.monday(LocalDate.now(clock));
		for (int week = 1; week <= 110; week++) {
			session(runner, current.minusWeeks(week), 5, 1, 0);
			session(runner, current.minusWeeks(week), 5, 1, 0);
		}

		Document page = fetchAs(runner, "/journal/progress");

		assertThat(page.select(".progress-streak").text()).isEqualTo("You have done the 2 strength sessions your week "
				+ "plans every week for more than 104 weeks in a row, since before the week of "
				+ WEEK_START.format(current.minusWeeks(104)) + ".");
	}

	@Test
	void lastWeekShortOfThePlanMeansNoStreak() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "progress-short");
		LocalDate current = Weeks.monday(LocalDate.now(clock));
		session(runner, current.minusWeeks(1), 5, 1, 0);
		session(runner, current.minusWeeks(2), 5, 1, 0);
		session(runner, current.minusWeeks(2), 5, 1, 0);

		Document page = fetchAs(runner, "/journal/progress");

		assertThat(page.select(".progress-streak").text()).isEqualTo(
				"Last week you did fewer than the 2 strength sessions your week plans, so you have no streak of weeks at the moment.");
		assertThat(page.select(".progress-this-week").text()).isEqualTo("This week so far: 0 of 2 planned sessions done.");
	}

	@Test
	void aRunnerSeesOnlyTheirOwnSessions() throws Exception {
		CurrentRunner a = Runners.create(accounts, "progress-a");
		CurrentRunner b = Runners.create(accounts, "progress-b");
		LocalDate current = Weeks.monday(LocalDate.now(clock));
		for (int week = 1; week <= 5; week++) {
			long session = session(a, current.minusWeeks(week), 3, 1, 1);
			sets(session, "glute-bridge", 11, 11, 11);
			setsOfSeconds(session, "mountain-climbers", 40);
		}
		long bSession = session(b, current, 9, 7, 8);
		sets(bSession, "split-squat", 4);

		Document page = fetchAs(b, "/journal/progress");

		assertThat(rows(page, "#adherence-table")).extracting(row -> row.get(2))
			.containsExactly("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1");
		assertThat(page.select("#progress-exercise option").eachText()).containsExactly("Split squat (1 set)");
		assertThat(rows(page, "#volume-table")).extracting(row -> row.get(2))
			.containsExactly("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "4");
		assertThat(rows(page, "#trends-table")).hasSize(1).first().extracting(row -> row.subList(2, 5))
			.isEqualTo(List.of("9", "7", "8"));
		assertThat(page.select("main").text()).doesNotContain("Glute bridge", "Mountain climbers", "33");
		assertThat(fetchAs(b, "/journal/progress?exercise=glute-bridge").select("#volume-table td").eachText())
			.containsOnly("0");
	}

	private Document fetchAs(CurrentRunner runner, String url) throws Exception {
		return fetchAs(runner, url, 200);
	}

	/** Fetches the page as the runner, with every check Pages.fetch makes. */
	private Document fetchAs(CurrentRunner runner, String url, int status) throws Exception {
		TestSecurityContextHolder
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(runner, null, runner.getAuthorities()));
		try {
			return Pages.fetch(mvc, url, status);
		}
		finally {
			TestSecurityContextHolder.clearContext();
		}
	}

	private static List<List<String>> rows(Document page, String table) {
		return page.select(table + " tbody tr").stream().map(row -> row.children().eachText()).toList();
	}

	private long session(CurrentRunner runner, LocalDate date, int effort, int painDuring, Integer painNextMorning) {
		java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
		Map<String, Object> row = new java.util.HashMap<>();
		row.put("account_id", runner.id());
		row.put("session_date", date);
		row.put("routine_id", jdbc.queryForObject("select id from routine where slug = 'hip-strength-a'", Long.class));
		row.put("routine_name", "Hip strength A");
		row.put("effort", effort);
		row.put("pain_during", painDuring);
		row.put("pain_next_morning", painNextMorning);
		row.put("created_at", now);
		row.put("updated_at", now);
		row.put("version", 0);
		return new SimpleJdbcInsert(jdbc).withTableName("training_session")
			.usingColumns(row.keySet().toArray(String[]::new))
			.usingGeneratedKeyColumns("id")
			.executeAndReturnKey(row)
			.longValue();
	}

	/** Sets of repetitions; null for a set of 30 seconds. */
	private void sets(long session, String exercise, Integer... reps) {
		for (Integer count : reps) {
			insertSet(session, exercise, count, count == null ? 30 : null);
		}
	}

	private void setsOfSeconds(long session, String exercise, int... seconds) {
		for (int count : seconds) {
			insertSet(session, exercise, null, count);
		}
	}

	private void insertSet(long session, String exercise, Integer reps, Integer seconds) {
		jdbc.update("""
				insert into session_set (session_id, exercise_id, position, reps, hold_seconds, side)
				values (?, (select id from exercise where slug = ?),
				        (select count(*) + 1 from session_set where session_id = ?), ?, ?, 'BOTH')""", session,
				exercise, session, reps, seconds);
	}

}
