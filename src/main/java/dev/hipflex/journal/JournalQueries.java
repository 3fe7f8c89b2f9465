package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.hipflex.journal.JournalService.ExerciseDay;
import dev.hipflex.journal.JournalService.LoggedSession;
import dev.hipflex.journal.JournalService.SessionSummary;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The journal's aggregate reads for the other modules' pages (home, checklist, progress), which ask
 * {@link JournalService} rather than read the journal's tables. Each is limited to one account and, where it can
 * be, to a date range, so it reads the index on {@code training_session (account_id, session_date)}: a handful of
 * queries per page, whatever the size of the journal. Plain SQL that H2 and PostgreSQL both run.
 */
@Repository
class JournalQueries {

	/** Sessions logged per day, for {@code from <= session_date < until}. */
	static final String SESSIONS_PER_DAY = """
			SELECT session_date, COUNT(*) AS sessions
			FROM training_session
			WHERE account_id = :account AND session_date >= :from AND session_date < :until
			GROUP BY session_date""";

	/** Sessions logged for {@code from <= session_date < until}. */
	static final String SESSIONS = """
			SELECT COUNT(*) FROM training_session
			WHERE account_id = :account AND session_date >= :from AND session_date < :until""";

	/** Sets, repetitions and seconds per day and exercise, for {@code from <= session_date < until}. */
	static final String VOLUME_PER_DAY = """
			SELECT t.session_date, s.exercise_id,
			       COUNT(*) AS sets, SUM(s.reps) AS reps, SUM(s.hold_seconds) AS seconds
			FROM training_session t
			JOIN session_set s ON s.session_id = t.id
			WHERE t.account_id = :account AND t.session_date >= :from AND t.session_date < :until
			GROUP BY t.session_date, s.exercise_id""";

	/**
	 * The last sessions up to a day, newest first (the count is filled in: a constant, not a parameter).
	 * Ordering by the constant account_id too, with the date bound, lets H2 read the rows in the index's
	 * order and stop after the count, instead of sorting all of the runner's sessions.
	 */
	static final String LAST_SESSIONS = """
			SELECT id, session_date, routine_name, effort, pain_during, pain_next_morning
			FROM training_session
			WHERE account_id = :account AND session_date <= :until
			ORDER BY account_id, session_date DESC, id DESC
			FETCH FIRST %d ROWS ONLY""";

	/** The latest session, whatever its date. */
	static final String LAST_SESSION = """
			SELECT id, session_date, routine_name, effort, pain_during, pain_next_morning
			FROM training_session
			WHERE account_id = :account
			ORDER BY session_date DESC, id DESC
			FETCH FIRST 1 ROWS ONLY""";

	/**
	 * The last sessions (the count is filled in) with their sets in the order logged, newest first: one row per
	 * set, and one row without a set for a session logged without any. Plain columns, no entities: the next steps
	 * read it on the week's and a session's page.
	 */
	static final String RECENT_WITH_SETS = """
			SELECT t.id, t.session_date, t.effort, t.pain_during, t.pain_next_morning,
			       s.exercise_id, s.reps, s.hold_seconds
			FROM training_session t
			LEFT JOIN session_set s ON s.session_id = t.id
			WHERE t.account_id = :account AND t.id IN (
			    SELECT id FROM training_session WHERE account_id = :account
			    ORDER BY session_date DESC, id DESC
			    FETCH FIRST %d ROWS ONLY)
			ORDER BY t.session_date DESC, t.id DESC, s.position""";

	private static final RowMapper<SessionSummary> SUMMARY = (rs, row) -> new SessionSummary(rs.getLong("id"),
			rs.getObject("session_date", LocalDate.class), rs.getString("routine_name"), rs.getInt("effort"),
			rs.getInt("pain_during"), rs.getObject("pain_next_morning") == null ? null : rs.getInt("pain_next_morning"));

	private final NamedParameterJdbcTemplate jdbc;

	JournalQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	int sessions(long account, LocalDate from, LocalDate until) {
		Integer count = jdbc.queryForObject(SESSIONS, range(account, from, until), Integer.class);
		return count == null ? 0 : count;
	}

	Map<LocalDate, Long> sessionsPerDay(long account, LocalDate from, LocalDate until) {
		Map<LocalDate, Long> days = new TreeMap<>();
		jdbc.query(SESSIONS_PER_DAY, range(account, from, until), rs -> {
			days.put(rs.getObject("session_date", LocalDate.class), rs.getLong("sessions"));
		});
		return days;
	}

	List<ExerciseDay> volumePerDay(long account, LocalDate from, LocalDate until) {
		return jdbc.query(VOLUME_PER_DAY, range(account, from, until),
				(rs, row) -> new ExerciseDay(rs.getObject("session_date", LocalDate.class), rs.getLong("exercise_id"),
						rs.getLong("sets"), rs.getLong("reps"), rs.getLong("seconds")));
	}

	List<SessionSummary> lastSessions(long account, LocalDate until, int count) {
		return jdbc.query(LAST_SESSIONS.formatted(count), params(account).addValue("until", until), SUMMARY);
	}

	List<LoggedSession> recentWithSets(long account, int count) {
		Map<Long, LoggedSession> sessions = new LinkedHashMap<>();
		jdbc.query(RECENT_WITH_SETS.formatted(count), params(account), rs -> {
			long id = rs.getLong("id");
			LoggedSession session = sessions.get(id);
			if (session == null) {
				session = new LoggedSession(id, rs.getObject("session_date", LocalDate.class), rs.getInt("effort"),
						rs.getInt("pain_during"), rs.getObject("pain_next_morning", Integer.class), new LinkedHashMap<>());
				sessions.put(id, session);
			}
			long exercise = rs.getLong("exercise_id");
			if (!rs.wasNull()) {
				Integer reps = rs.getObject("reps", Integer.class);
				session.amountsByExercise()
					.computeIfAbsent(exercise, any -> new ArrayList<>())
					.add(reps != null ? reps : rs.getObject("hold_seconds", Integer.class));
			}
		});
		return List.copyOf(sessions.values());
	}

	Optional<SessionSummary> lastSession(long account) {
		return jdbc.query(LAST_SESSION, params(account), SUMMARY).stream().findFirst();
	}

	private static MapSqlParameterSource range(long account, LocalDate from, LocalDate until) {
		return params(account).addValue("from", from).addValue("until", until);
	}

	private static MapSqlParameterSource params(long account) {
		return new MapSqlParameterSource("account", account);
	}

}
