package dev.hipflex.journal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.hipflex.account.RunnerLock;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.exercise.ExerciseService;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a runner's journal as CSV and imports the same format. An import is checked whole before
 * anything is written, written in one transaction, and skips sessions the journal already has (same
 * fingerprint), so importing a file twice adds nothing.
 */
@Service
public class CsvService {

	static final String ROWS = """
			select s.id, s.session_date, s.routine_name, s.effort, s.pain_during, s.pain_next_morning, s.notes,
			       ss.exercise_id, ss.position, ss.reps, ss.hold_seconds, ss.load_kg, ss.band, ss.side
			from training_session s
			left join session_set ss on ss.session_id = s.id
			where s.account_id = ? and s.session_date between ? and ?
			order by s.session_date, s.id, ss.position""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RunnerLock runnerLock;

	private final ExerciseService exercises;

	private final RunnerZone zones;

	CsvService(JdbcTemplate jdbc, Clock clock, RunnerLock runnerLock, ExerciseService exercises, RunnerZone zones) {
		this.zones = zones;
		this.jdbc = jdbc;
		this.exercises = exercises;
		this.clock = clock;
		this.runnerLock = runnerLock;
	}

	/** What an import did. */
	public record ImportOutcome(CsvReader.Result read, int imported, int skipped) {
	}

	@Transactional(readOnly = true)
	public void export(Long accountId, Writer out) {
		try {
			CSVPrinter printer = new CSVPrinter(out, CsvFormat.FORMAT);
			Map<Long, String> slugs = slugsById();
			Map<Long, Integer> numbers = new LinkedHashMap<>();
			int[] set = { 0 };
			long[] last = { -1 };
			jdbc.query(ROWS, rs -> {
				long id = rs.getLong("id");
				int number = numbers.computeIfAbsent(id, key -> numbers.size() + 1);
				set[0] = id == last[0] ? set[0] + 1 : 1;
				last[0] = id;
				String slug = slugs.get(rs.getObject("exercise_id", Long.class));
				boolean hasSet = slug != null;
				try {
					printer.printRecord(number, rs.getDate("session_date").toLocalDate(), text(rs, "routine_name"),
							rs.getInt("effort"), rs.getInt("pain_during"), rs.getObject("pain_next_morning"),
							text(rs, "notes"), hasSet ? CsvFormat.escape(slug) : null, hasSet ? set[0] : null,
							rs.getObject("reps"), rs.getObject("hold_seconds"), plain(rs.getBigDecimal("load_kg")),
							text(rs, "band"), hasSet ? text(rs, "side") : null);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, accountId, Date.valueOf(JournalLimits.EARLIEST_DATE), Date.valueOf(zones.today(accountId).plusDays(1)));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional
	public ImportOutcome importCsv(Long accountId, Reader in) throws IOException {
		Map<Long, String> slugs = slugsById();
		CsvReader.Result read = new CsvReader(new HashSet<>(slugs.values()), zones.today(accountId)).read(in);
		if (!read.ok()) {
			return new ImportOutcome(read, 0, 0);
		}
		// The same file sent twice at once would pass this check twice; one after the other, the second skips
		// what the first imported.
		runnerLock.lock(accountId);
		Set<String> known = fingerprints(accountId, read.sessions(), slugs);
		Map<String, Long> exerciseIds = new LinkedHashMap<>();
		slugs.forEach((id, slug) -> exerciseIds.put(slug, id));
		int imported = 0;
		int skipped = 0;
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> sets = new ArrayList<>();
		for (CsvSession session : read.sessions()) {
			String fingerprint = session.fingerprint();
			if (!known.add(fingerprint)) {
				skipped++;
				continue;
			}
			long id = insertSession(accountId, session, fingerprint, now);
			int position = 1;
			for (CsvSession.CsvSet set : session.sets()) {
				sets.add(new Object[] { id, exerciseIds.get(set.exercise()), position++, set.reps(), set.holdSeconds(),
						set.loadKg(), set.band(), set.side() });
			}
			imported++;
		}
		jdbc.batchUpdate("""
				insert into session_set (session_id, exercise_id, position, reps, hold_seconds, load_kg, band, side)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", sets);
		return new ImportOutcome(read, imported, skipped);
	}

	private long insertSession(Long accountId, CsvSession session, String fingerprint, Timestamp now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("""
					insert into training_session (account_id, session_date, routine_name, effort,
					  pain_during, pain_next_morning, notes, import_key, created_at, updated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
					new String[] { "id" });
			insert.setLong(1, accountId);
			insert.setDate(2, Date.valueOf(session.date()));
			insert.setString(3, session.routine());
			insert.setInt(4, session.effort());
			insert.setInt(5, session.painDuring());
			insert.setObject(6, session.painNextMorning(), java.sql.Types.INTEGER);
			insert.setString(7, session.notes());
			insert.setString(8, fingerprint);
			insert.setTimestamp(9, now);
			insert.setTimestamp(10, now);
			return insert;
		}, key);
		return Objects.requireNonNull(key.getKey()).longValue();
	}

	/** Fingerprints of the runner's sessions on the dates the file covers, read in one query. */
	private Set<String> fingerprints(Long accountId, List<CsvSession> sessions, Map<Long, String> slugs) {
		LocalDate first = sessions.stream().map(CsvSession::date).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = sessions.stream().map(CsvSession::date).max(LocalDate::compareTo).orElseThrow();
		Map<Long, SessionRows> existing = new LinkedHashMap<>();
		jdbc.query(ROWS, rs -> {
			SessionRows rows = existing.computeIfAbsent(rs.getLong("id"),
					id -> sessionRows(rs));
			String slug = slugs.get(rs.getObject("exercise_id", Long.class));
			if (slug != null) {
				rows.sets.add(new CsvSession.CsvSet(slug, (Integer) rs.getObject("reps", Integer.class),
						rs.getObject("hold_seconds", Integer.class), rs.getBigDecimal("load_kg"), rs.getString("band"),
						rs.getString("side")));
			}
		}, accountId, Date.valueOf(first), Date.valueOf(last));
		Set<String> fingerprints = new HashSet<>();
		existing.values().forEach(rows -> fingerprints.add(rows.session().fingerprint()));
		return fingerprints;
	}

	/** The library's exercises' slugs, asked of the exercise module (one query). */
	private Map<Long, String> slugsById() {
		Map<Long, String> slugs = new LinkedHashMap<>();
		exercises.summaries(exercise -> exercise).forEach(exercise -> slugs.put(exercise.getId(), exercise.getSlug()));
		return slugs;
	}

	private static SessionRows sessionRows(java.sql.ResultSet rs) {
		try {
			return new SessionRows(rs.getDate("session_date").toLocalDate(), rs.getString("routine_name"),
					rs.getInt("effort"), rs.getInt("pain_during"), rs.getObject("pain_next_morning", Integer.class),
					rs.getString("notes"), new ArrayList<>());
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record SessionRows(LocalDate date, String routine, int effort, int painDuring, Integer painNextMorning,
			String notes, List<CsvSession.CsvSet> sets) {

		CsvSession session() {
			return new CsvSession(date, routine, effort, painDuring, painNextMorning, notes, sets);
		}

	}

	/** A text column as a cell: escaped, so no spreadsheet runs it as a formula ({@link CsvFormat}). */
	private static String text(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		return CsvFormat.escape(rs.getString(column));
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

}
