package badmodules.journal;

import badmodules.checklist.Checklist;

/** The journal's public service. It also uses the checklist, which uses it: a cycle. */
public class Journal {

	/** Its own table: allowed. */
	static final String COUNT = "select count(*) from training_session where account_id = ?";

	public int count() {
		return COUNT.length();
	}

	boolean ticked(Checklist checklist) {
		return checklist.ticked();
	}

}
