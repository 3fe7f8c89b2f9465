package dev.hipflex.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.hipflex.progress.Progress.SessionScores;
import dev.hipflex.progress.Progress.Unit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The progress page's reads: a handful of aggregate queries per page, whatever the size of the journal.
 * Each is limited to one account and, where it can be, to a date range, so it reads the index on
 * {@code training_session (account_id, session_date)}. Totals come per day; {@link Weeks} adds them up per
 * week. Plain SQL that H2 and PostgreSQL both run.
 */
@Repository
class ProgressQueries {

	/** Sessions logged per day, for {@code from <= session_date < until}. */
	static final String SESSIONS_PER_DAY = """
			SELECT session_date, COUNT(*) AS sessions
			FROM training_session
			WHERE account_id = :account AND session_date >= :from AND session_date < :until
			GROUP BY session_date""";

	/** Sets, repetitions and seconds per day and exercise, for {@code from <= session_date < until}. */
	static final String VOLUME_PER_DAY = """
			SELECT t.session_date, e.slug, e.name, e.reps_min,
			       COUNT(*) AS sets, SUM(s.reps) AS reps, SUM(s.hold_seconds) AS seconds
			FROM training_session t
			JOIN session_set s ON s.session_id = t.id
			JOIN exercise e ON e.id = s.exercise_id
			WHERE t.account_id = :account AND t.session_date >= :from AND t.session_date < :until
			GROUP BY t.session_date, e.id, e.slug, e.name, e.reps_min""";

	/**
	 * The last sessions up to a day, newest first (the count is filled in: a constant, not a parameter).
	 * Ordering by the constant account_id too, with the date bound, lets H2 read the rows in the index's
	 * order and stop after the count, instead of sorting all of the runner's sessions.
	 */
	static final String LAST_SESSIONS = """
			SELECT session_date, routine_name, effort, pain_during, pain_next_morning
			FROM training_session
			WHERE account_id = :account AND session_date <= :until
			ORDER BY account_id, session_date DESC, id DESC
			FETCH FIRST %d ROWS ONLY""";

	static final String EXERCISE = "SELECT slug, name, reps_min FROM exercise WHERE slug = :slug";

	/** A day's total of one exercise. */
	record DayVolume(LocalDate date, String slug, String name, Unit unit, long sets, long reps, long seconds) {

		long amount() {
			return unit == Unit.REPS ? reps : seconds;
		}

	}

	/** An exercise of the library, named by its slug. */
	record ExerciseRow(String slug, String name, Unit unit) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	ProgressQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<LocalDate, Long> sessionsPerDay(long account, LocalDate from, LocalDate until) {
		return perDay(SESSIONS_PER_DAY, params(account).addValue("from", from).addValue("until", until));
	}

	List<DayVolume> volumePerDay(long account, LocalDate from, LocalDate until) {
		return jdbc.query(VOLUME_PER_DAY, params(account).addValue("from", from).addValue("until", until),
				(rs, row) -> new DayVolume(rs.getObject("session_date", LocalDate.class), rs.getString("slug"),
						rs.getString("name"), unit(rs.getObject("reps_min")), rs.getLong("sets"), rs.getLong("reps"),
						rs.getLong("seconds")));
	}

	/** The runner's last {@code count} sessions up to {@code until}, newest first. */
	List<SessionScores> lastSessions(long account, LocalDate until, int count) {
		return jdbc.query(LAST_SESSIONS.formatted(count), params(account).addValue("until", until),
				(rs, row) -> new SessionScores(rs.getObject("session_date", LocalDate.class),
						rs.getString("routine_name"), rs.getInt("effort"), rs.getInt("pain_during"),
						rs.getObject("pain_next_morning") == null ? null : rs.getInt("pain_next_morning")));
	}

	Optional<ExerciseRow> exercise(String slug) {
		return jdbc
			.query(EXERCISE, new MapSqlParameterSource("slug", slug),
					(rs, row) -> new ExerciseRow(rs.getString("slug"), rs.getString("name"),
							unit(rs.getObject("reps_min"))))
			.stream()
			.findFirst();
	}

	private Map<LocalDate, Long> perDay(String sql, MapSqlParameterSource params) {
		Map<LocalDate, Long> days = new TreeMap<>();
		jdbc.query(sql, params,
				rs -> {
					days.put(rs.getObject("session_date", LocalDate.class), rs.getLong("sessions"));
				});
		return days;
	}

	private static MapSqlParameterSource params(long account) {
		return new MapSqlParameterSource("account", account);
	}

	/** Exercises dosed in repetitions are counted in repetitions; holds and timed work in seconds. */
	private static Unit unit(Object repsMin) {
		return repsMin != null ? Unit.REPS : Unit.SECONDS;
	}

}
