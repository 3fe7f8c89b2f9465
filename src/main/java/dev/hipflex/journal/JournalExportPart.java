package dev.hipflex.journal;

import java.io.IOException;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;

import org.springframework.stereotype.Component;

/** The journal's share of "Export everything": every session as the CSV the journal's import reads back. */
@Component
class JournalExportPart implements ExportPart {

	private final CsvService csv;

	JournalExportPart(CsvService csv) {
		this.csv = csv;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		zip.add("journal.csv", out -> csv.export(accountId, out));
	}

}
