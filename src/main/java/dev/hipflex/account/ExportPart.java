package dev.hipflex.account;

import java.io.IOException;

/**
 * A module's share of "Export everything" ({@link DataExport}): the files of a runner's data that the module
 * keeps, written through its own public service. Each module that keeps a runner's data offers one as a bean,
 * so the account knows no module and no other module's tables (the journal, the week, the checklist each add
 * theirs), as the search's document providers do.
 */
public interface ExportPart {

	/** Adds this module's files for the runner; a module with nothing of theirs adds none. */
	void addTo(ExportZip zip, long accountId) throws IOException;

}
