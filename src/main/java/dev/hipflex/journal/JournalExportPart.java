package dev.hipflex.journal;

import java.io.IOException;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The journal's share of "Export everything": every session as the CSV the journal's import reads back, and the
 * runner's pauses as a CSV of their own (first day, last day, reason, note).
 */
@Component
class JournalExportPart implements ExportPart {

	private final CsvService csv;

	private final Pauses pauses;

	JournalExportPart(CsvService csv, Pauses pauses) {
		this.csv = csv;
		this.pauses = pauses;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		zip.add("journal.csv", out -> csv.export(accountId, out));
		zip.add("pauses.csv", out -> {
			try (CSVPrinter printer = new CSVPrinter(out,
					CsvFormat.FORMAT.builder().setHeader("starts_on", "ends_on", "reason", "note").get())) {
				for (Pause pause : pauses.all(accountId)) {
					printer.printRecord(pause.startsOn(), pause.endsOn(), pause.reason(),
							pause.note() == null ? null : CsvFormat.escape(pause.note()));
				}
			}
		});
	}

}
