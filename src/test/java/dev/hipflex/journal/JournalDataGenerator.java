package dev.hipflex.journal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import dev.hipflex.HipFlexApplication;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.account.HealthDataConsent;
import dev.hipflex.account.PasswordRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a runner's journal with realistic sessions for benchmarks and demos: two or three strength
 * sessions a week, alternating the strength routines of the library, each with their five exercises and
 * sometimes a sixth, two or three sets of each within the routine's dose, effort and pain in range and
 * pain the next morning on most sessions. It goes back week by week from the day before the runner's
 * earliest session (or from today) until it has added exactly the number of sets asked for, so running it
 * again adds older history. Plain JDBC batch inserts, a few hundred sessions per transaction.
 *
 * <p>
 * A tool for benchmarks, not part of the product: it lives in the test tree and {@link #main} runs it from the
 * command line (bench/run.sh, docs/performance.md): {@code --hipflex.generate.email=runner@example.org
 * --hipflex.generate.sets=100000 --hipflex.generate.password=...}.
 */
public class JournalDataGenerator {

	/** Sessions written per transaction. */
	static final int SESSIONS_PER_BATCH = 500;

	/** Which days of the week (0 = Monday) the sessions fall on, for two and for three sessions a week. */
	static final int[][] DAY_PATTERNS = { { 0, 3 }, { 1, 4 }, { 0, 4 }, { 1, 3 }, { 0, 2, 5 }, { 1, 3, 5 }, { 0, 3, 5 } };

	static final String[] BANDS = { "light", "medium", "heavy" };

	static final String INSERT_SESSION = """
			INSERT INTO training_session (account_id, session_date, routine_id, routine_name, effort, pain_during,
			    pain_next_morning, created_at, updated_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	static final String INSERT_SET = """
			INSERT INTO session_set (session_id, exercise_id, position, reps, hold_seconds, load_kg, band, side)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * HipFlex's own strength routines' entries (not a programme's phases, not runners' versions), with what each
	 * exercise can be loaded with.
	 */
	static final String ROUTINE_ENTRIES = """
			SELECT r.id AS routine_id, r.name AS routine_name, e.id AS exercise_id,
			       re.sets_min, re.sets_max, re.reps_min, re.reps_max,
			       COALESCE(re.hold_seconds_min, re.time_seconds_min) AS seconds_min,
			       COALESCE(re.hold_seconds_max, re.time_seconds_max) AS seconds_max,
			       (SELECT COUNT(*) FROM exercise_equipment ee JOIN equipment q ON q.id = ee.equipment_id
			        WHERE ee.exercise_id = e.id AND q.slug = 'resistance-band') AS bands,
			       (SELECT COUNT(*) FROM exercise_equipment ee JOIN equipment q ON q.id = ee.equipment_id
			        WHERE ee.exercise_id = e.id AND q.slug IN ('ankle-weight', 'dumbbells')) AS weights
			FROM routine r
			JOIN routine_entry re ON re.routine_id = r.id
			JOIN exercise e ON e.id = re.exercise_id
			WHERE r.kind = 'STRENGTH' AND r.owner_id IS NULL AND re.phase_id IS NULL
			ORDER BY r.position, re.position""";

	/** Strength exercises of the library in their usual dose, for the occasional sixth exercise. */
	static final String STRENGTH_EXERCISES = """
			SELECT e.id AS exercise_id, e.sets_min, e.sets_max, e.reps_min, e.reps_max,
			       COALESCE(e.hold_seconds_min, e.time_seconds_min) AS seconds_min,
			       COALESCE(e.hold_seconds_max, e.time_seconds_max) AS seconds_max,
			       0 AS bands, 0 AS weights
			FROM exercise e WHERE e.type = 'STRENGTH' ORDER BY e.position""";

	private static final Logger log = LoggerFactory.getLogger(JournalDataGenerator.class);

	/** What was added: sessions and sets, the dates they span, and how long it took. */
	public record Result(int sessions, int sets, LocalDate first, LocalDate last, Duration took) {
	}

	/** An exercise as a routine doses it: sets, and repetitions or seconds (each a range). */
	record Entry(long exerciseId, int setsMin, int setsMax, Integer repsMin, Integer repsMax, Integer secondsMin,
			Integer secondsMax, boolean band, boolean weight) {
	}

	record RoutinePlan(long id, String name, List<Entry> entries) {
	}

	record SetRow(long exerciseId, int position, Integer reps, Integer holdSeconds, BigDecimal loadKg, String band,
			String side) {
	}

	record SessionRow(LocalDate date, RoutinePlan routine, int effort, int painDuring, Integer painNextMorning,
			List<SetRow> sets) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Random random;

	public JournalDataGenerator(DataSource dataSource, Clock clock, long seed) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.clock = clock;
		this.random = new Random(seed);
	}

	/** Adds sessions holding exactly {@code sets} sets to the account's journal, older than any it has. */
	public Result generate(long accountId, int sets) {
		if (sets < 1) {
			throw new IllegalArgumentException("sets must be at least 1");
		}
		long started = System.nanoTime();
		List<RoutinePlan> routines = routines();
		List<Entry> extras = jdbc.query(STRENGTH_EXERCISES, (rs, row) -> entry(rs));
		LocalDate earliest = jdbc.queryForObject(
				"SELECT MIN(session_date) FROM training_session WHERE account_id = ?", LocalDate.class, accountId);
		LocalDate latest = earliest == null ? LocalDate.now(clock) : earliest.minusDays(1);
		LocalDate monday = latest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<SessionRow> batch = new ArrayList<>();
		int remaining = sets;
		int sessions = 0;
		int turn = 0;
		LocalDate first = null;
		LocalDate last = null;
		while (remaining > 0) {
			int[] days = DAY_PATTERNS[random.nextInt(DAY_PATTERNS.length)];
			for (int i = days.length - 1; i >= 0 && remaining > 0; i--) {
				LocalDate date = monday.plusDays(days[i]);
				if (date.isAfter(latest)) {
					continue;
				}
				SessionRow session = session(date, routines.get(turn++ % routines.size()), extras, remaining);
				batch.add(session);
				remaining -= session.sets().size();
				sessions++;
				first = date;
				last = last == null ? date : last;
			}
			if (batch.size() >= SESSIONS_PER_BATCH || remaining == 0) {
				insert(accountId, batch);
				batch.clear();
			}
			monday = monday.minusWeeks(1);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Generated {} sets in {} sessions ({} to {}) for account {} in {} ms", sets, sessions, first, last,
				accountId, took.toMillis());
		return new Result(sessions, sets, first, last, took);
	}

	private List<RoutinePlan> routines() {
		Map<Long, RoutinePlan> routines = new LinkedHashMap<>();
		jdbc.query(ROUTINE_ENTRIES, rs -> {
			routines
				.computeIfAbsent(rs.getLong("routine_id"),
						id -> new RoutinePlan(id, stringOrNull(rs, "routine_name"), new ArrayList<>()))
				.entries()
				.add(entry(rs));
		});
		if (routines.isEmpty()) {
			throw new IllegalStateException("no strength routine to log sessions of");
		}
		return List.copyOf(routines.values());
	}

	/** One session of the routine, with at most {@code maxSets} sets. */
	private SessionRow session(LocalDate date, RoutinePlan routine, List<Entry> extras, int maxSets) {
		List<Entry> exercises = new ArrayList<>(routine.entries());
		if (random.nextInt(10) < 4) {
			List<Entry> others = extras.stream()
				.filter(extra -> exercises.stream().noneMatch(entry -> entry.exerciseId() == extra.exerciseId()))
				.toList();
			if (!others.isEmpty()) {
				exercises.add(others.get(random.nextInt(others.size())));
			}
		}
		List<SetRow> sets = new ArrayList<>();
		for (Entry entry : exercises) {
			int fewest = Math.max(2, entry.setsMin());
			int count = between(fewest, Math.max(fewest, Math.min(3, entry.setsMax())));
			for (int i = 0; i < count && sets.size() < maxSets; i++) {
				sets.add(set(entry, sets.size() + 1));
			}
		}
		int effort = between(3, 8);
		int painDuring = random.nextInt(10) == 0 ? between(4, 6) : between(0, 3);
		Integer painNextMorning = random.nextInt(4) == 0 ? null : Math.max(0, painDuring - between(0, 2));
		return new SessionRow(date, routine, effort, painDuring, painNextMorning, sets);
	}

	private SetRow set(Entry entry, int position) {
		Integer reps = entry.repsMin() == null ? null : between(entry.repsMin(), entry.repsMax());
		Integer seconds = reps != null ? null : between(entry.secondsMin(), entry.secondsMax());
		BigDecimal load = null;
		String band = null;
		if (entry.band() && random.nextInt(10) < 6) {
			band = BANDS[random.nextInt(BANDS.length)];
		}
		else if (entry.weight() && random.nextBoolean()) {
			load = BigDecimal.valueOf(between(1, 10)).divide(BigDecimal.valueOf(2));
		}
		String side = random.nextInt(20) == 0 ? (random.nextBoolean() ? "LEFT" : "RIGHT") : "BOTH";
		return new SetRow(entry.exerciseId(), position, reps, seconds, load, band, side);
	}

	private void insert(long accountId, List<SessionRow> sessions) {
		transactions.executeWithoutResult(status -> {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT_SESSION, new String[] { "id" }),
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement ps, int i) throws SQLException {
							SessionRow session = sessions.get(i);
							Timestamp written = Timestamp.valueOf(session.date().atTime(18, 0));
							ps.setLong(1, accountId);
							ps.setObject(2, session.date());
							ps.setLong(3, session.routine().id());
							ps.setString(4, session.routine().name());
							ps.setInt(5, session.effort());
							ps.setInt(6, session.painDuring());
							setInteger(ps, 7, session.painNextMorning());
							ps.setTimestamp(8, written);
							ps.setTimestamp(9, written);
						}

						@Override
						public int getBatchSize() {
							return sessions.size();
						}

					}, keys);
			List<Long> ids = keys.getKeyList()
				.stream()
				.map(key -> ((Number) key.values().iterator().next()).longValue())
				.toList();
			List<Object[]> sets = new ArrayList<>();
			for (int i = 0; i < sessions.size(); i++) {
				for (SetRow set : sessions.get(i).sets()) {
					sets.add(new Object[] { ids.get(i), set });
				}
			}
			jdbc.batchUpdate(INSERT_SET, new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					SetRow set = (SetRow) sets.get(i)[1];
					ps.setLong(1, (Long) sets.get(i)[0]);
					ps.setLong(2, set.exerciseId());
					ps.setInt(3, set.position());
					setInteger(ps, 4, set.reps());
					setInteger(ps, 5, set.holdSeconds());
					if (set.loadKg() == null) {
						ps.setNull(6, Types.DECIMAL);
					}
					else {
						ps.setBigDecimal(6, set.loadKg());
					}
					ps.setString(7, set.band());
					ps.setString(8, set.side());
				}

				@Override
				public int getBatchSize() {
					return sets.size();
				}

			});
		});
	}

	private int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		return new Entry(rs.getLong("exercise_id"), rs.getInt("sets_min"), rs.getInt("sets_max"),
				integerOrNull(rs, "reps_min"), integerOrNull(rs, "reps_max"), integerOrNull(rs, "seconds_min"),
				integerOrNull(rs, "seconds_max"), rs.getInt("bands") > 0, rs.getInt("weights") > 0);
	}

	private static Integer integerOrNull(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String stringOrNull(ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

	/**
	 * Starts the application, fills the runner's journal and exits (or goes on serving with
	 * {@code hipflex.generate.exit=false}). Properties: {@code hipflex.generate.email} (required), which creates the
	 * account if it does not exist, with {@code hipflex.generate.password}, which must follow the password rules;
	 * {@code hipflex.generate.sets} (default 1,000); {@code hipflex.generate.seed} (default 1) makes runs repeatable.
	 * A test-tree class so that the product's jar does not carry it: bench/run.sh compiles this one file against
	 * the built jar and runs it on the jar's class path.
	 */
	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(HipFlexApplication.class, args);
		Environment environment = context.getEnvironment();
		Result result;
		try {
			result = generate(environment, context);
		}
		catch (RuntimeException ex) {
			// The web server's threads would keep the JVM alive: stop, so that a script sees the failure.
			log.error("No journal data generated", ex);
			System.exit(SpringApplication.exit(context, () -> 1));
			return;
		}
		if (environment.getProperty("hipflex.generate.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
		log.info("Journal data generated ({} sets); the application goes on serving", result.sets());
	}

	/** What {@link #main} does once the application has started: the {@code hipflex.generate.*} properties. */
	static Result generate(PropertyResolver properties, BeanFactory beans) {
		String email = properties.getRequiredProperty("hipflex.generate.email");
		int sets = properties.getProperty("hipflex.generate.sets", Integer.class, 1000);
		long seed = properties.getProperty("hipflex.generate.seed", Long.class, 1L);
		long account = account(beans.getBean(AccountService.class), beans.getBean(PasswordRules.class), email,
				properties.getProperty("hipflex.generate.password"));
		return new JournalDataGenerator(beans.getBean(DataSource.class), beans.getBean(Clock.class), seed)
			.generate(account, sets);
	}

	private static long account(AccountService accounts, PasswordRules rules, String email, String password) {
		try {
			return ((CurrentRunner) accounts.loadUserByUsername(email)).id();
		}
		catch (UsernameNotFoundException ex) {
			rules.problem(password).ifPresent(problem -> {
				throw new IllegalArgumentException("hipflex.generate.password: no account " + email
						+ " yet, and the password to create it breaks a password rule (" + problem + "): at least "
						+ PasswordRules.MIN_LENGTH + " characters and not a common password");
			});
			accounts.register(email, password, HealthDataConsent.SIXTEEN_OR_OLDER);
			log.info("Created the account {}", email);
			return ((CurrentRunner) accounts.loadUserByUsername(email)).id();
		}
	}

}
