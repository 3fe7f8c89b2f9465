package dev.hipflex.journal;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * The journal's CSV file: UTF-8, a header line, one row per set. Rows with the same {@code session}
 * number belong to one session and repeat its date, routine, effort, pain and notes; a session without
 * sets has one row with the set columns empty. Export writes it, import reads the same.
 * <p>
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return as a formula, so export writes such text with a {@code '} in front (OWASP's advice for
 * CSV injection), and import takes it off. Text that already starts with quotes followed by one of those
 * characters gets one more quote too, so every text comes back exactly as it was. Numbers and dates are
 * written as they are: HipFlex stores no negative number, so none starts with {@code -}.
 */
final class CsvFormat {

	/** Text a spreadsheet would take as a formula, or that looks like text escaped against that. */
	private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r]");

	static final List<String> HEADER = List.of("session", "date", "routine", "effort", "pain_during",
			"pain_next_morning", "notes", "exercise", "set", "reps", "hold_seconds", "load_kg", "band", "side");

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader(HEADER.toArray(String[]::new))
		.setRecordSeparator("\r\n")
		.get();

	static final CSVFormat READ = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private CsvFormat() {
	}

	/** A text cell as export writes it: with a quote in front if a spreadsheet would take it as a formula. */
	static String escape(String text) {
		return text != null && FORMULA.matcher(text).lookingAt() ? "'" + text : text;
	}

	/** A cell as import reads it: the quote export put in front, if it has one, taken off. */
	static String unescape(String cell) {
		return cell.startsWith("'") && FORMULA.matcher(cell).lookingAt() ? cell.substring(1) : cell;
	}

}
