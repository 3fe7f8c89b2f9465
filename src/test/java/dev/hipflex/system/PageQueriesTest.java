package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.journal.JournalDataGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How many SQL statements a runner's own pages send (issue 20): every statement counts, whoever sends it, so a
 * query in a loop (N+1), a lookup made again in the same request or a whole week built where a count would do
 * shows here before it shows in the benchmark (docs/performance.md, "Runners' pages beside PetClinic"). The start
 * screen's gate is on, as in production. The bounds are what the pages send now; raise one only for a reason the
 * page's user gets something from.
 */
@SpringBootTest(properties = "hipflex.start-screen.gate=true")
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class PageQueriesTest {

	/**
	 * The most statements each page may send for a runner with a planned week, a pause and a year of sessions: what
	 * they sent on 7 December 2026 once the week was built once per request (home 17, journal 8, session 14,
	 * progress 8, calendar 8, my-week 21, checklist 15, log 14) and one or two more, because what a page shows (and
	 * reads) depends on the weekday and on the generated journal's last days: the home page asks, for each routine
	 * planned today, whether it was logged before; a pain check or a next step shows or not. Before that, the week
	 * page sent 31 and a session's page 21. Later that day the next steps read the recent sessions with one query
	 * (session 13), and the library's routines and exercises were read once per instance instead of for every log
	 * form, save and history page (journal 7; log 3, as a save that names no routine of the runner's own builds no
	 * week). Then the checklist's content was read once per instance and a page's pauses once per request (home 15,
	 * checklist 11).
	 */
	static final Map<String, Integer> BOUNDS = bounds("home", 17, "journal", 8, "session", 15, "progress", 9,
			"calendar", 9, "my-week", 23, "checklist", 12, "log", 4);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountService accounts;

	@Autowired
	Clock clock;

	@Test
	void aRunnersPagesSendAFewStatementsHoweverLongTheJournal() throws Exception {
		CurrentRunner beginner = runner(20);
		CurrentRunner year = runner(2000);
		assertThat(sessions(year)).as("a year of sessions").isBetween(100, 200);

		Map<String, List<String>> few = statements(beginner);
		Map<String, List<String>> many = statements(year);

		many.forEach((page, sent) -> {
			assertThat(sent.size()).as("statements of %s with a year of sessions: %s", page, sent)
				.isLessThanOrEqualTo(BOUNDS.get(page));
			// A page may have a part more to show for a longer journal (a pain check, a streak); a query per row
			// (N+1) would add tens.
			assertThat(sent.size()).as("statements of %s grow with the journal (N+1)", page)
				.isLessThanOrEqualTo(few.get(page).size() + 3);
			assertThat(sent.stream().filter(sql -> sql.contains("time_zone from account")))
				.as("the runner's time zone read again on %s", page)
				.hasSizeLessThanOrEqualTo(1);
			// The week page's next steps judge the week the page built; a session's page reads the few entries it
			// judges.
			assertThat(sent.stream().filter(sql -> sql.contains("left join week_plan_day")))
				.as("the runner's week built again on %s", page)
				.hasSizeLessThanOrEqualTo(1);
			assertThat(sent.stream().filter(sql -> sql.contains("from training_pause where account_id = ? and starts_on <=")))
				.as("the runner's pauses read again on %s", page)
				.hasSizeLessThanOrEqualTo(1);
			assertThat(sent.stream().filter(sql -> sql.contains("from start_answers")))
				.as("the start screen's answers read again on %s", page)
				.hasSizeLessThanOrEqualTo(1);
			// Content changes only by a migration and a restart: read once, not for every runner's page.
			assertThat(sent).as("content read again on %s", page)
				.noneMatch(sql -> sql.contains("from red_flag") || sql.contains("from progression_rule"));
		});
		assertThat(many.get("session")).as("a session's page builds no week")
			.noneMatch(sql -> sql.contains("left join week_plan_day"));
		// The library's routines and exercises, which every log form offers, are content: read once, not per save.
		assertThat(many.get("log")).as("the week built for a save that names none of the runner's routines")
			.noneMatch(sql -> sql.contains("left join week_plan_day"));
		assertThat(many.get("log")).as("the library read again by the log form")
			.noneMatch(sql -> sql.contains("owner_id is null") || sql.matches("(?s).*from exercise \\w+ order by.*"));
		// The progress page counts the week's strength days; it does not build the week to count them.
		assertThat(many.get("progress").stream().filter(sql -> sql.contains("week_plan"))).hasSize(1);
	}

	private CurrentRunner runner(int sets) throws Exception {
		CurrentRunner runner = Runners.create(accounts, "queries");
		new JournalDataGenerator(dataSource, clock, 7).generate(runner.id(), sets);
		mvc.perform(post("/my/week").with(csrf()).with(Runners.as(runner)).param("from", "recommended"));
		LocalDate today = LocalDate.now(clock);
		jdbc.update("insert into training_pause (account_id, starts_on, ends_on, reason, created_at) values (?, ?, ?, ?, ?)",
				runner.id(), today.minusWeeks(9), today.minusWeeks(8), "TRAVEL", today.minusWeeks(10).atStartOfDay());
		return runner;
	}

	private int sessions(CurrentRunner runner) {
		return jdbc.queryForObject("select count(*) from training_session where account_id = ?", Integer.class,
				runner.id());
	}

	/** The statements of each page's second request (the first may fill what the application keeps). */
	private Map<String, List<String>> statements(CurrentRunner runner) throws Exception {
		long newest = jdbc.queryForObject("select id from training_session where account_id = ? "
				+ "order by session_date desc, id desc fetch first 1 rows only", Long.class, runner.id());
		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("home", get("/"));
		pages.put("journal", get("/journal"));
		pages.put("session", get("/journal/" + newest));
		pages.put("progress", get("/journal/progress"));
		pages.put("calendar", get("/journal/calendar"));
		pages.put("my-week", get("/my/week"));
		pages.put("checklist", get("/checklist"));
		Map<String, List<String>> sent = new LinkedHashMap<>();
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
			assertThat(mvc.perform(page.getValue().with(Runners.as(runner))).andReturn().getResponse().getStatus())
				.as(page.getKey())
				.isEqualTo(200);
			sent.put(page.getKey(), StatementCounter
				.during(() -> mvc.perform(page.getValue().with(Runners.as(runner))).andReturn()));
		}
		String glute = jdbc.queryForObject("select id from exercise where slug = 'glute-bridge'", Long.class).toString();
		int[] status = new int[1];
		sent.put("log", StatementCounter.during(() -> status[0] = mvc
			.perform(post("/journal").with(csrf()).with(Runners.as(runner)).param("date", LocalDate.now(clock).toString())
				.param("effort", "5").param("painDuring", "1").param("sets[0].exercise", glute)
				.param("sets[0].amount", "12").param("sets[0].side", "BOTH"))
			.andReturn()
			.getResponse()
			.getStatus()));
		assertThat(status[0]).as("the log form's answer").isEqualTo(302);
		return sent;
	}

	private static Map<String, Integer> bounds(Object... pairs) {
		Map<String, Integer> bounds = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			bounds.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return bounds;
	}

}
