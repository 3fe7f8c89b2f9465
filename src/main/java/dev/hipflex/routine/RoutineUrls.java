package dev.hipflex.routine;

/** The addresses of routines and the week. */
public final class RoutineUrls {

	public static final String ROUTINES = "/routines";

	public static final String WEEK = "/week";

	public static final String WEEK_PDF = "/week.pdf";

	public static final String WEEK_CALENDAR = "/week.ics";

	private RoutineUrls() {
	}

	public static String routine(String slug) {
		return ROUTINES + "/" + slug;
	}

}
