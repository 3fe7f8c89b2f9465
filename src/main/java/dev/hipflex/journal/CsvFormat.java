package dev.hipflex.journal;

import java.util.List;

import org.apache.commons.csv.CSVFormat;

/**
 * The journal's CSV file: UTF-8, a header line, one row per set. Rows with the same {@code session}
 * number belong to one session and repeat its date, routine, effort, pain and notes; a session without
 * sets has one row with the set columns empty. Export writes it, import reads the same.
 */
final class CsvFormat {

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

}
