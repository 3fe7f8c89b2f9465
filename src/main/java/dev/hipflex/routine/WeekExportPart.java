package dev.hipflex.routine;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import dev.hipflex.system.BaseUrl;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The week's share of "Export everything": the runner's own week as the calendar file {@code /my/week.ics}
 * gives, and as JSON (days, run days, notes, and each planned routine with its exercises and doses). A runner
 * who never made a week of their own has none to export. With reminder mails on, {@code reminder-mail.json}
 * says when (minutes from the start of the planned day, in the runner's time zone).
 */
@Component
class WeekExportPart implements ExportPart {

	private final WeekService weeks;

	private final WeekCalendar calendar;

	private final BaseUrl baseUrl;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	private final Locale locale;

	private final WeekReminders reminders;

	WeekExportPart(WeekService weeks, WeekCalendar calendar, BaseUrl baseUrl, JsonMapper json, MessageSource messages,
			Clock clock, @Value("${spring.web.locale:en}") Locale locale, WeekReminders reminders) {
		this.reminders = reminders;
		this.weeks = weeks;
		this.calendar = calendar;
		this.baseUrl = baseUrl;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
		this.locale = locale;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		Optional<Integer> reminder = reminders.of(accountId);
		if (reminder.isPresent()) {
			Map<String, Object> setting = new LinkedHashMap<>();
			setting.put("reminderMail", true);
			setting.put("minutesFromTheStartOfThePlannedDay", reminder.get());
			zip.add("reminder-mail.json", out -> json.writerWithDefaultPrettyPrinter().writeValue(out, setting));
		}
		WeekService.Week week = weeks.own(accountId).orElse(null);
		if (week == null) {
			return;
		}
		String ics = calendar.ics(week, LocalDate.now(clock), clock.instant(), baseUrl.of(RoutineUrls.MY_WEEK), locale);
		zip.add("week.ics", out -> out.write(ics));
		Map<String, Object> document = document(week);
		zip.add("week.json", out -> json.writerWithDefaultPrettyPrinter().writeValue(out, document));
	}

	private Map<String, Object> document(WeekService.Week week) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("name", week.plan().getName());
		document.put("days", week.days().stream().map(this::day).toList());
		return document;
	}

	private Map<String, Object> day(WeekService.Day day) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("day", day.dayOfWeek().toString());
		shown.put("runDay", day.runDay());
		shown.put("note", day.note());
		shown.put("routines", day.routines().stream().map(this::routine).toList());
		return shown;
	}

	private Map<String, Object> routine(WeekService.PlannedRoutine planned) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("slot", planned.slot().toString());
		shown.put("routine", planned.routine().getName());
		List<Map<String, Object>> entries = planned.entries().stream().map(entry -> {
			Map<String, Object> exercise = new LinkedHashMap<>();
			exercise.put("exercise", entry.getExercise().getName());
			if (entry.getDose() != null) {
				exercise.put("dose", messages.getMessage(entry.getDose().text().messageKey(),
						entry.getDose().text().messageArguments(), locale));
			}
			exercise.put("note", entry.getNote());
			return exercise;
		}).toList();
		shown.put("exercises", entries);
		return shown;
	}

}
