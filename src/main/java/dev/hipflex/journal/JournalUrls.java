package dev.hipflex.journal;

/** The journal's addresses, in one place for controllers, redirects and tests. */
public final class JournalUrls {

	public static final String JOURNAL = "/journal";

	public static final String NEW = JOURNAL + "/new";

	public static final String CALENDAR = JOURNAL + "/calendar";

	/** The runner's pauses: the list and the form to add one. */
	public static final String PAUSES = JOURNAL + "/pauses";

	static final String PAUSE = PAUSES + "/{id:\\d+}";

	static final String PAUSE_EDIT = PAUSE + "/edit";

	static final String PAUSE_END = PAUSE + "/end";

	static final String PAUSE_DELETE = PAUSE + "/delete";

	/** A session's address; {@code id} is digits only, so {@code /journal/new} never matches it. */
	static final String SESSION = JOURNAL + "/{id:\\d+}";

	static final String EDIT = SESSION + "/edit";

	static final String DELETE = SESSION + "/delete";

	private JournalUrls() {
	}

	public static String session(long id) {
		return JOURNAL + "/" + id;
	}

	public static String edit(long id) {
		return session(id) + "/edit";
	}

}
