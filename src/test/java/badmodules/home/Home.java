package badmodules.home;

/** Reads the journal's tables with SQL of its own. */
public class Home {

	String lastSession() {
		return """
				SELECT id, session_date FROM TRAINING_SESSION
				WHERE account_id = ? ORDER BY session_date DESC""";
	}

	String deleteSets(long session) {
		return "delete from session_set where session_id = " + session;
	}

	/** JPQL names entities, not tables: allowed. */
	String entities() {
		return "select s from Session s join s.sets x where s.training_session = :training_session";
	}

}
