package dev.hipflex.journal;

/** The journal's addresses, in one place for controllers, redirects and tests. */
public final class JournalUrls {

	public static final String JOURNAL = "/journal";

	public static final String NEW = JOURNAL + "/new";

	public static final String CALENDAR = JOURNAL + "/calendar";

	/** The guided session: its start page, and a draft's current step ({@code {draft}}). */
	public static final String GUIDED = JOURNAL + "/guided";

	static final String GUIDED_DRAFT = GUIDED + "/{draft:\\d+}";

	static final String GUIDED_FINISH = GUIDED_DRAFT + "/finish";

	static final String GUIDED_DISCARD = GUIDED_DRAFT + "/discard";
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

	/** Next-morning pain in one tap (POST). */
	static final String MORNING = SESSION + "/morning";

	private JournalUrls() {
	}

	public static String session(long id) {
		return JOURNAL + "/" + id;
	}

	public static String guided(long draft) {
		return GUIDED + "/" + draft;
	}

	public static String edit(long id) {
		return session(id) + "/edit";
	}

}
