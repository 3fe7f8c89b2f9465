package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.Runners;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the journal's tests share: requests as a runner, reading answers, and sessions put in directly (also
 * used by the tests of other features that need a journal).
 */
public final class Journals {

	private Journals() {
	}

	/**
	 * A MockMvc whose every request is made as the runner, so {@link dev.hipflex.Pages#fetch} checks the
	 * runner's pages the same way it checks public ones.
	 */
	static MockMvc as(WebApplicationContext context, CurrentRunner runner) {
		return MockMvcBuilders.webAppContextSetup(context)
			.apply(springSecurity())
			.defaultRequest(get("/").with(Runners.as(runner)))
			.build();
	}

	/** The page an answer rendered (a refused form, a conflict), with the checks every page passes. */
	static Document page(MvcResult result) throws Exception {
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("untranslated message keys").doesNotContain("??");
		Document page = Jsoup.parse(html, "http://localhost/");
		assertThat(page.select("main")).hasSize(1);
		assertThat(page.select("h1")).hasSize(1);
		return page;
	}

	/** A day at least a week ago that is a Monday: the recommended week plans Hip strength A on Mondays. */
	static LocalDate pastMonday(Clock clock) {
		return LocalDate.now(clock).minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static long routineId(JdbcTemplate jdbc, String slug) {
		return jdbc.queryForObject("select id from routine where slug = ?", Long.class, slug);
	}

	static long exerciseId(JdbcTemplate jdbc, String slug) {
		return jdbc.queryForObject("select id from exercise where slug = ?", Long.class, slug);
	}

	static int sessions(JdbcTemplate jdbc, CurrentRunner runner) {
		return jdbc.queryForObject("select count(*) from training_session where account_id = ?", Integer.class,
				runner.id());
	}

	static int sets(JdbcTemplate jdbc, CurrentRunner runner) {
		return jdbc.queryForObject("""
				select count(*) from session_set x join training_session s on s.id = x.session_id
				where s.account_id = ?""", Integer.class, runner.id());
	}

	/** Puts a session in the database without the form, for pages that need many. */
	static long insertSession(JdbcTemplate jdbc, CurrentRunner runner, LocalDate date, String routineName, int effort,
			int painDuring, Integer painNextMorning) {
		return insertSession(jdbc, runner.id(), date, routineName, effort, painDuring, painNextMorning, null);
	}

	/** Puts a session (without sets) in the database directly; returns its id. */
	public static long insertSession(JdbcTemplate jdbc, long accountId, LocalDate date, String routineName, int effort,
			int painDuring, Integer painNextMorning, String notes) {
		Map<String, Object> row = new HashMap<>();
		row.put("account_id", accountId);
		row.put("session_date", date);
		row.put("routine_name", routineName);
		row.put("effort", effort);
		row.put("pain_during", painDuring);
		row.put("pain_next_morning", painNextMorning);
		row.put("notes", notes);
		// A time on the session's own day: nothing shows it, and it is the same whatever the date of the run.
		row.put("created_at", date.atTime(12, 0));
		row.put("updated_at", date.atTime(12, 0));
		row.put("version", 0);
		return new SimpleJdbcInsert(jdbc).withTableName("training_session")
			.usingGeneratedKeyColumns("id")
			.usingColumns(row.keySet().toArray(String[]::new))
			.executeAndReturnKey(row)
			.longValue();
	}

	public static void insertSet(JdbcTemplate jdbc, long sessionId, long exerciseId, int position, int reps) {
		jdbc.update("insert into session_set (session_id, exercise_id, position, reps, side) values (?, ?, ?, ?, 'BOTH')",
				sessionId, exerciseId, position, reps);
	}

	/** How a session was logged ({@code training_session.logged_as}). */
	public static String loggedAs(JdbcTemplate jdbc, long sessionId) {
		return jdbc.queryForObject("select logged_as from training_session where id = ?", String.class, sessionId);
	}

	/** A session's sets in order, each as "exercise-id amount load band side", "-" for none. */
	public static List<String> setsOf(JdbcTemplate jdbc, long sessionId) {
		return jdbc.query("""
				select exercise_id, coalesce(reps, hold_seconds) amount, load_kg, band, side from session_set
				where session_id = ? order by position""",
				(rs, row) -> rs.getLong("exercise_id") + " " + rs.getInt("amount") + " "
						+ (rs.getBigDecimal("load_kg") == null ? "-"
								: rs.getBigDecimal("load_kg").stripTrailingZeros().toPlainString())
						+ " " + (rs.getString("band") == null ? "-" : rs.getString("band")) + " " + rs.getString("side"),
				sessionId);
	}

}
