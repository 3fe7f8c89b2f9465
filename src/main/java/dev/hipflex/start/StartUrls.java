package dev.hipflex.start;

import java.util.List;

import dev.hipflex.journal.JournalUrls;
import dev.hipflex.routine.RoutineUrls;

/** The start screen's address, and the pages it stands in front of. */
public final class StartUrls {

	/** Under {@code /my}: health data, so behind the login and the consent page as the runner's other pages. */
	public static final String START = "/my/start";

	/** The pages a new runner sees the start screen before: starting a week, the log form and a guided session. */
	static final List<String> GATED = List.of(RoutineUrls.MY_WEEK, JournalUrls.NEW, JournalUrls.GUIDED);

	private StartUrls() {
	}

	/** Where to go after the screen: one of the gated pages, else the runner's week (never another site). */
	static String next(String next) {
		return next != null && GATED.contains(next) ? next : RoutineUrls.MY_WEEK;
	}

}
