package dev.hipflex.journal;

/** The journal's addresses, in one place for controllers, redirects and tests. */
public final class JournalUrls {

	public static final String JOURNAL = "/journal";

	public static final String NEW = JOURNAL + "/new";

	public static final String CALENDAR = JOURNAL + "/calendar";

	/** A session's address; {@code id} is digits only, so {@code /journal/new} never matches it. */
	static final String SESSION = JOURNAL + "/{id:\\d+}";

	static final String EDIT = SESSION + "/edit";

	static final String DELETE = SESSION + "/delete";

	/** Next-morning pain in one tap (POST). */
	static final String MORNING = SESSION + "/morning";

	private JournalUrls() {
	}

	public static String session(long id) {
		return JOURNAL + "/" + id;
	}

	public static String edit(long id) {
		return session(id) + "/edit";
	}

}
