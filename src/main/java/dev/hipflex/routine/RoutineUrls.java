package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.Locale;

/** The addresses of routines and the week, the recommended one and a runner's own. */
public final class RoutineUrls {

	public static final String ROUTINES = "/routines";

	public static final String WEEK = "/week";

	public static final String WEEK_PDF = "/week.pdf";

	public static final String WEEK_CALENDAR = "/week.ics";

	/** A runner's own week; everything under {@code /my} needs a login (SecurityConfiguration). */
	public static final String MY_WEEK = "/my/week";

	public static final String MY_WEEK_PDF = "/my/week.pdf";

	public static final String MY_WEEK_CALENDAR = "/my/week.ics";

	/** The runner's week as a handout for the fridge (no QR code; the clinic's copy is a form of the share links). */
	public static final String MY_WEEK_HANDOUT = MY_WEEK + "/handout.pdf";

	public static final String MY_WEEK_RESET = MY_WEEK + "/reset";

	/** The runner's calendar subscription: made, replaced, revoked and its reminder set here. */
	public static final String MY_WEEK_SUBSCRIPTION = MY_WEEK + "/subscription";

	/**
	 * A subscribed calendar's feed, {@code /calendar/{token}.ics}: no login, the secret token is the key
	 * (docs/security.md, "Calendar subscription").
	 */
	public static final String CALENDAR_FEED = "/calendar";

	public static final String MY_WEEK_DELETE = MY_WEEK + "/delete";

	/** The runner's reminder mails: turned on, their time changed, or off. */
	public static final String MY_WEEK_REMINDER_MAIL = MY_WEEK + "/reminder-mail";

	/**
	 * A reminder mail's unsubscribe link, {@code /reminders/unsubscribe/{token}}: no login, the token is the key
	 * (docs/security.md, "Reminder mails").
	 */
	public static final String REMINDER_UNSUBSCRIBE = "/reminders/unsubscribe";

	/** A routine of the runner's week, to customise. */
	public static final String MY_ROUTINES = "/my/routines";

	private RoutineUrls() {
	}

	public static String routine(String slug) {
		return ROUTINES + "/" + slug;
	}

	/** A day in an address or a page anchor: {@code monday}. */
	public static String day(DayOfWeek day) {
		return day.name().toLowerCase(Locale.ROOT);
	}

	/** The runner's week, scrolled to a day. */
	public static String myWeekDay(DayOfWeek day) {
		return MY_WEEK + "#" + day(day);
	}

	/** The feed address of a subscription token. */
	public static String calendarFeed(String token) {
		return CALENDAR_FEED + "/" + token + ".ics";
	}

	public static String myRoutine(Long id) {
		return MY_ROUTINES + "/" + id;
	}

}
