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

	private final MessageSource messages;

	WeekCalendar(MessageSource messages) {
		this.messages = messages;
	}

	String ics(WeekService.Week week, LocalDate today, Instant now, String pageUrl, Locale locale) {
		Ics ics = new Ics().property("BEGIN", "VCALENDAR")
			.property("VERSION", "2.0")
			.property("PRODID", "-//HipFlex//Weekly routine//EN")
			.property("CALSCALE", "GREGORIAN")
			.property("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", messages.getMessage("week.calendar.name", new Object[] { week.plan().getName() }, locale));
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

	private String description(WeekService.Day day, String pageUrl, Locale locale) {
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
		}
		lines.add("");
		lines.add(pageUrl);
		return String.join("\n", lines);
	}

}
