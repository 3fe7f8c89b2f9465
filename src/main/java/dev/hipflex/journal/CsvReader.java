package dev.hipflex.journal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.hipflex.system.StoredText;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks a journal CSV file row by row, against the same limits as the log form. It collects
 * problems with their line numbers; a file with any problem is refused whole, so nothing is ever half
 * imported. It stops at the first problem past {@link #MAX_PROBLEMS}: a runner corrects a list of that
 * length before trying again anyway, and a big file of bad rows is refused without reading it all.
 */
final class CsvReader {

	/** At most this many problems are reported; reading stops at the next one. */
	static final int MAX_PROBLEMS = 20;

	static final int MAX_ROWS = JournalLimits.IMPORT_ROWS_MAX;

	/** A problem on a line of the file: a message key and its arguments (the line number first). */
	record Problem(long line, String key, List<Object> arguments) {
	}

	/** The sessions read, or the problems found and whether the file has more than those. */
	record Result(List<CsvSession> sessions, List<Problem> problems, boolean more) {

		boolean ok() {
			return problems.isEmpty();
		}

		int setCount() {
			return sessions.stream().mapToInt(session -> session.sets().size()).sum();
		}

	}

	private final Set<String> exercises;

	private final LocalDate today;

	private final List<Problem> problems = new ArrayList<>();

	/** Problems found, the one past the reported ones included. */
	private int found;

	/**
	 * @param exercises the exercise slugs the journal knows
	 * @param today the latest date a session may have
	 */
	CsvReader(Set<String> exercises, LocalDate today) {
		this.exercises = exercises;
		this.today = today;
	}

	Result read(Reader input) throws IOException {
		Map<String, Builder> sessions = new LinkedHashMap<>();
		CSVParser parser;
		try {
			parser = CsvFormat.READ.parse(input);
		}
		catch (IOException | IllegalArgumentException | java.io.UncheckedIOException ex) {
			problem(1, notUtf8(ex) ? "csv.notUtf8" : "csv.header", String.join(",", CsvFormat.HEADER));
			return result(List.of());
		}
		try (parser) {
			if (!parser.getHeaderNames().equals(CsvFormat.HEADER)) {
				problem(1, "csv.header", String.join(",", CsvFormat.HEADER));
				return result(List.of());
			}
			for (CSVRecord record : parser) {
				if (found > MAX_PROBLEMS) {
					break;
				}
				long line = parser.getCurrentLineNumber();
				if (record.getRecordNumber() > MAX_ROWS) {
					problem(line, "csv.tooManyRows", MAX_ROWS);
					break;
				}
				if (!record.isConsistent()) {
					problem(line, "csv.columns", CsvFormat.HEADER.size(), record.size());
					continue;
				}
				row(record, line, sessions);
			}
		}
		catch (IllegalStateException | java.io.UncheckedIOException ex) {
			// A quote left open, bytes that are not UTF-8, or another break: say where the reading stopped.
			problem(parser.getCurrentLineNumber(), notUtf8(ex) ? "csv.notUtf8" : "csv.unreadable");
		}
		List<CsvSession> read = sessions.values().stream().map(Builder::build).toList();
		if (read.isEmpty() && found == 0) {
			problem(2, "csv.empty");
		}
		return result(read);
	}

	private void row(CSVRecord record, long line, Map<String, Builder> sessions) {
		int before = found;
		String key = text(record, "session", line, true, 40);
		LocalDate date = date(cell(record, "date"), line);
		String routine = text(record, "routine", line, false, JournalLimits.ROUTINE_NAME_MAX_LENGTH);
		Integer effort = scale(record, "effort", line, true);
		Integer painDuring = scale(record, "pain_during", line, true);
		Integer painNextMorning = scale(record, "pain_next_morning", line, false);
		String notes = text(record, "notes", line, false, JournalLimits.NOTES_MAX_LENGTH);
		CsvSession.CsvSet set = set(record, line);
		if (found > before) {
			return;
		}
		Builder session = sessions.get(key);
		if (session == null && sessions.size() >= JournalLimits.IMPORT_SESSIONS_MAX) {
			problem(line, "csv.tooManySessions", JournalLimits.IMPORT_SESSIONS_MAX);
			return;
		}
		if (session == null) {
			sessions.put(key, new Builder(date, routine, effort, painDuring, painNextMorning, notes));
			session = sessions.get(key);
		}
		else if (!session.sameSession(date, routine, effort, painDuring, painNextMorning, notes)) {
			problem(line, "csv.sessionMismatch", key);
			return;
		}
		if (set != null) {
			if (session.sets.size() >= JournalLimits.SETS_MAX) {
				problem(line, "csv.tooManySets", key, JournalLimits.SETS_MAX);
				return;
			}
			session.sets.add(set);
		}
	}

	private CsvSession.CsvSet set(CSVRecord record, long line) {
		String exercise = cell(record, "exercise");
		boolean anySetValue = !exercise.isEmpty() || !cell(record, "reps").isBlank()
				|| !cell(record, "hold_seconds").isBlank() || !cell(record, "load_kg").isBlank()
				|| !cell(record, "band").isBlank() || !cell(record, "side").isBlank();
		if (!anySetValue) {
			return null;
		}
		if (!exercises.contains(exercise)) {
			problem(line, exercise.isEmpty() ? "csv.exerciseMissing" : "csv.exerciseUnknown", shorten(exercise));
		}
		Integer reps = number(record, "reps", line, 1, JournalLimits.REPS_MAX);
		Integer hold = number(record, "hold_seconds", line, 1, JournalLimits.HOLD_SECONDS_MAX);
		if (cell(record, "reps").isBlank() == cell(record, "hold_seconds").isBlank()) {
			problem(line, "csv.repsOrHold");
		}
		BigDecimal load = load(cell(record, "load_kg"), line);
		String band = text(record, "band", line, false, JournalLimits.BAND_MAX_LENGTH);
		if (load != null && band != null) {
			problem(line, "csv.loadOrBand");
		}
		String side = cell(record, "side").toUpperCase(Locale.ROOT);
		if (side.isEmpty()) {
			side = "BOTH";
		}
		if (!Set.of("BOTH", "LEFT", "RIGHT").contains(side)) {
			problem(line, "csv.side", shorten(cell(record, "side")));
		}
		return new CsvSession.CsvSet(exercise, reps, hold, load, band, side);
	}

	private LocalDate date(String value, long line) {
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.isBefore(JournalLimits.EARLIEST_DATE) || date.isAfter(today)) {
				problem(line, "csv.dateRange", value.strip(), JournalLimits.EARLIEST_DATE.toString(), today.toString());
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problem(line, "csv.date", shorten(value));
			return null;
		}
	}

	private Integer scale(CSVRecord record, String column, long line, boolean required) {
		String value = cell(record, column);
		if (value.isEmpty()) {
			if (required) {
				problem(line, "csv.required", column);
			}
			return null;
		}
		return number(record, column, line, JournalLimits.SCALE_MIN, JournalLimits.SCALE_MAX);
	}

	private Integer number(CSVRecord record, String column, long line, int min, int max) {
		String value = cell(record, column);
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("-?[0-9]{1,9}")) {
			problem(line, "csv.number", column, shorten(value), min, max);
			return null;
		}
		int number = Integer.parseInt(value);
		if (number < min || number > max) {
			problem(line, "csv.number", column, value, min, max);
			return null;
		}
		return number;
	}

	private BigDecimal load(String value, long line) {
		String text = value.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
			problem(line, "csv.load", shorten(text), JournalLimits.LOAD_KG_MAX);
			return null;
		}
		BigDecimal load = new BigDecimal(text);
		if (load.compareTo(BigDecimal.valueOf(JournalLimits.LOAD_KG_MAX)) > 0) {
			problem(line, "csv.load", text, JournalLimits.LOAD_KG_MAX);
			return null;
		}
		return load;
	}

	private String text(CSVRecord record, String column, long line, boolean required, int maxLength) {
		String value = cell(record, column);
		if (value.isEmpty()) {
			if (required) {
				problem(line, "csv.required", column);
			}
			return null;
		}
		if (!StoredText.fits(value, maxLength)) {
			problem(line, "csv.tooLong", column, maxLength);
			return null;
		}
		if (!StoredText.storable(value)) {
			problem(line, "csv.unstorable", column);
			return null;
		}
		return value;
	}

	/** A cell's value without the spaces around it or the quote export puts in front of formula-like text. */
	private static String cell(CSVRecord record, String column) {
		return CsvFormat.unescape(record.get(column).strip());
	}

	private void problem(long line, String key, Object... arguments) {
		found++;
		if (found <= MAX_PROBLEMS) {
			List<Object> all = new ArrayList<>();
			all.add(line);
			all.addAll(List.of(arguments));
			problems.add(new Problem(line, key, all));
		}
	}

	private Result result(List<CsvSession> sessions) {
		return new Result(found == 0 ? sessions : List.of(), List.copyOf(problems), found > MAX_PROBLEMS);
	}

	private static boolean notUtf8(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.nio.charset.CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	/** A session being read, row by row. */
	private static final class Builder {

		final LocalDate date;

		final String routine;

		final Integer effort;

		final Integer painDuring;

		final Integer painNextMorning;

		final String notes;

		final List<CsvSession.CsvSet> sets = new ArrayList<>();

		Builder(LocalDate date, String routine, Integer effort, Integer painDuring, Integer painNextMorning,
				String notes) {
			this.date = date;
			this.routine = routine;
			this.effort = effort;
			this.painDuring = painDuring;
			this.painNextMorning = painNextMorning;
			this.notes = notes;
		}

		boolean sameSession(LocalDate date, String routine, Integer effort, Integer painDuring,
				Integer painNextMorning, String notes) {
			return java.util.Objects.equals(this.date, date) && java.util.Objects.equals(this.routine, routine)
					&& java.util.Objects.equals(this.effort, effort)
					&& java.util.Objects.equals(this.painDuring, painDuring)
					&& java.util.Objects.equals(this.painNextMorning, painNextMorning)
					&& java.util.Objects.equals(this.notes, notes);
		}

		CsvSession build() {
			return new CsvSession(date, routine, effort, painDuring, painNextMorning, notes, List.copyOf(sets));
		}

	}

}
