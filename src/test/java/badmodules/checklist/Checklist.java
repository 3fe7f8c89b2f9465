package badmodules.checklist;

import badmodules.journal.Journal;
import badmodules.journal.internal.SessionQueries;

/** Counts the journal's sessions itself, and through the journal's internals. */
public class Checklist {

	/** Its own table: allowed. */
	static final String CLEAR = "delete from checklist_tick where account_id = ?";

	/** The journal's table. */
	static final String STRENGTH = "select count(*) from training_session where account_id = ?";

	/** Not SQL: a message key and an address that happen to name the journal. */
	static final String[] NOT_SQL = { "journal.title", "/journal/training_session", "training_session" };

	public boolean ticked() {
		return new SessionQueries().count() > 0;
	}

	int sessions(Journal journal) {
		return journal.count() + CLEAR.length() + STRENGTH.length() + NOT_SQL.length;
	}

}
