package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.hipflex.exercise.Dose;
import dev.hipflex.system.BaseUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The week as an iCalendar file: one all-day event for each planned day, repeating weekly from that
 * day's next date. All-day dates need no time zone, so the events land on the right day wherever the
 * runner's calendar is.
 */
@Component
class WeekCalendar {

	static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	/**
	 * The journal's log form ({@code JournalUrls.NEW}); written out because the journal depends on this
	 * module, not the other way round.
	 */
	static final String LOG_FORM = "/journal/new";

	private final MessageSource messages;

	WeekCalendar(MessageSource messages) {
		this.messages = messages;
	}

	String ics(WeekService.Week week, LocalDate today, Instant now, String pageUrl, Locale locale) {
		Ics ics = header(week, locale);
		for (WeekService.Day day : week.days()) {
			if (day.routines().isEmpty()) {
				continue;
			}
			LocalDate first = today.with(TemporalAdjusters.nextOrSame(day.dayOfWeek()));
			ics.property("BEGIN", "VEVENT")
				.property("UID", week.plan().getKey() + "-" + byDay(day.dayOfWeek()) + "@hipflex")
				.property("DTSTAMP", STAMP.format(now))
				.property("DTSTART;VALUE=DATE", DATE.format(first))
				.property("DTEND;VALUE=DATE", DATE.format(first.plusDays(1)))
				.property("RRULE", "FREQ=WEEKLY;BYDAY=" + byDay(day.dayOfWeek()))
				.text("SUMMARY", summary(day, locale))
				.text("DESCRIPTION", description(day, pageUrl, locale))
				.property("URL", pageUrl)
				.property("TRANSP", "TRANSPARENT")
				.property("END", "VEVENT");
		}
		return ics.property("END", "VCALENDAR").toString();
	}

	static String byDay(DayOfWeek day) {
		return day.name().substring(0, 2);
	}

	private String summary(WeekService.Day day, Locale locale) {
		List<String> names = day.routines().stream().map(routine -> routine.routine().getName()).toList();
		String key = day.runDay() ? "week.calendar.summary.run" : "week.calendar.summary";
		return messages.getMessage(key, new Object[] { String.join(", ", names) }, locale);
	}

	private Ics header(WeekService.Week week, Locale locale) {
		return new Ics().property("BEGIN", "VCALENDAR")
			.property("VERSION", "2.0")
			.property("PRODID", "-//HipFlex//Weekly routine//EN")
			.property("CALSCALE", "GREGORIAN")
			.property("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", messages.getMessage("week.calendar.name", new Object[] { week.plan().getName() }, locale));
	}

	/** A day's event in the subscribed feed, as the feed last changed it. */
	record FeedEvent(String uid, LocalDate first, int sequence, Instant modified, Ics content) {
	}

	/**
	 * What a day's event in the subscribed feed says, without its identity and dates: the feed compares it
	 * with what it served last to tell whether the event changed. Each routine links to the log form; with a
	 * reminder, the event carries an alarm that long after the start (midnight) of the day, or before it.
	 */
	Ics feedContent(WeekService.Day day, Integer reminderMinutes, String pageUrl, BaseUrl base, Locale locale) {
		Ics content = new Ics().property("RRULE", "FREQ=WEEKLY;BYDAY=" + byDay(day.dayOfWeek()))
			.text("SUMMARY", summary(day, locale))
			.text("DESCRIPTION", description(day, pageUrl, base, locale))
			.property("URL", pageUrl)
			.property("TRANSP", "TRANSPARENT");
		if (reminderMinutes != null) {
			content.property("BEGIN", "VALARM")
				.property("ACTION", "DISPLAY")
				.text("DESCRIPTION", summary(day, locale))
				.property("TRIGGER", trigger(reminderMinutes))
				.property("END", "VALARM");
		}
		return content;
	}

	/** The subscribed feed: the days' events in the order given (days without routines are left out). */
	String feed(WeekService.Week week, List<FeedEvent> events, Locale locale) {
		Ics ics = header(week, locale).text("X-WR-CALDESC", messages.getMessage("week.calendar.feed", null, locale))
			.property("REFRESH-INTERVAL;VALUE=DURATION", "PT6H")
			.property("X-PUBLISHED-TTL", "PT6H");
		for (FeedEvent event : events) {
			ics.property("BEGIN", "VEVENT")
				.property("UID", event.uid())
				.property("DTSTAMP", STAMP.format(event.modified()))
				.property("LAST-MODIFIED", STAMP.format(event.modified()))
				.property("SEQUENCE", Integer.toString(event.sequence()))
				.property("DTSTART;VALUE=DATE", DATE.format(event.first()))
				.property("DTEND;VALUE=DATE", DATE.format(event.first().plusDays(1)))
				.append(event.content())
				.property("END", "VEVENT");
		}
		return ics.property("END", "VCALENDAR").toString();
	}

	/** An RFC 5545 duration from the start of the day: {@code -PT5H} is 19:00 the evening before. */
	static String trigger(int minutes) {
		int size = Math.abs(minutes);
		String duration = "PT" + (size / 60 > 0 ? size / 60 + "H" : "") + (size % 60 > 0 || size == 0 ? size % 60 + "M" : "");
		return (minutes < 0 ? "-" : "") + duration;
	}

	private String description(WeekService.Day day, String pageUrl, Locale locale) {
		return description(day, pageUrl, null, locale);
	}

	private String description(WeekService.Day day, String pageUrl, BaseUrl base, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (day.note() != null) {
			lines.add(day.note());
		}
		for (WeekService.PlannedRoutine routine : day.routines()) {
			lines.add("");
			lines.add(messages.getMessage("week.calendar.routine",
					new Object[] { messages.getMessage("week.slot." + routine.slot(), null, locale),
							routine.routine().getName(), routine.minutes().min(), routine.minutes().max() },
					locale));
			for (RoutineEntry entry : routine.entries()) {
				Dose.Text dose = entry.getDose().text();
				lines.add("- " + entry.getExercise().getName() + ": "
						+ messages.getMessage(dose.messageKey(), dose.messageArguments(), locale));
			}
			if (base != null) {
				lines.add(messages.getMessage("week.calendar.log",
						new Object[] { base.of(LOG_FORM + "?routine=" + routine.routine().getId()) }, locale));
			}
		}
		lines.add("");
		lines.add(pageUrl);
		return String.join("\n", lines);
	}

}
