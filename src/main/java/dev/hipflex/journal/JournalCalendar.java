package dev.hipflex.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hipflex.system.BadRequestException;

/**
 * A month of the journal as a calendar: weeks from Monday to Sunday, each day with what the runner's week
 * plans on that weekday beside the sessions they logged that day.
 */
public final class JournalCalendar {

	/** Months before this have no sessions to show (sessions start in 2000). */
	static final YearMonth FIRST_MONTH = YearMonth.from(JournalLimits.EARLIEST_DATE);

	/** A routine the week plans, and its slot ({@code BEFORE_RUN}, {@code AFTER_RUN} or {@code SESSION}). */
	public record PlannedRoutine(String slot, String name) {
	}

	/** What the week plans on a weekday. */
	public record PlannedDay(boolean runDay, List<PlannedRoutine> routines) {

		static final PlannedDay REST = new PlannedDay(false, List.of());

		public boolean isRest() {
			return !runDay && routines.isEmpty();
		}

	}

	/** A logged session, as the calendar links it. */
	public record LoggedSession(long id, LocalDate date, String routineName) {
	}

	/**
	 * A day of the month; a cell before the first or after the last day of the month has no date. {@code pause}: the
	 * runner's pause that covers the day, or null.
	 */
	public record Day(LocalDate date, boolean today, boolean past, PlannedDay planned, List<LoggedSession> done,
			Pause pause) {

		static final Day OUTSIDE = new Day(null, false, false, PlannedDay.REST, List.of(), null);

		public boolean isInMonth() {
			return date != null;
		}

		public boolean isPaused() {
			return pause != null;
		}

	}

	/** The month, its weeks (seven days each), and the neighbouring months the page may link to. */
	public record Month(YearMonth month, List<List<Day>> weeks, YearMonth previous, YearMonth next) {

		/** The columns, Monday first (ISO 8601, as the week plan). */
		public List<DayOfWeek> weekdays() {
			return List.of(DayOfWeek.values());
		}

		/** The same month with each day covered by one of {@code pauses} marked. */
		public Month withPauses(List<Pause> pauses) {
			List<List<Day>> marked = weeks.stream()
				.map(week -> week.stream()
					.map(day -> day.isInMonth() ? new Day(day.date(), day.today(), day.past(), day.planned(), day.done(),
							pauses.stream().filter(pause -> pause.covers(day.date())).findFirst().orElse(null)) : day)
					.toList())
				.toList();
			return new Month(month, marked, previous, next);
		}

	}

	private JournalCalendar() {
	}

	/** Reads {@code YYYY-MM}; this month when absent. Months are 2000-01 up to the end of next year. */
	static YearMonth parseMonth(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return YearMonth.from(today);
		}
		String trimmed = text.strip();
		YearMonth month;
		try {
			month = trimmed.matches("[0-9]{4}-[0-9]{2}") ? YearMonth.parse(trimmed) : null;
		}
		catch (DateTimeParseException ex) {
			month = null;
		}
		if (month == null) {
			throw new BadRequestException("journal.calendar.badMonth", SessionFormReader.quote(text));
		}
		if (month.isBefore(FIRST_MONTH) || month.isAfter(lastMonth(today))) {
			throw new BadRequestException("journal.calendar.outOfRange", trimmed, FIRST_MONTH.toString(),
					lastMonth(today).toString());
		}
		return month;
	}

	static Month build(YearMonth month, LocalDate today, Map<DayOfWeek, PlannedDay> plan,
			List<LoggedSession> sessions) {
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
			week.add(Day.OUTSIDE);
		}
		for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
			LocalDate day = date;
			week.add(new Day(day, day.equals(today), !day.isAfter(today),
					plan.getOrDefault(day.getDayOfWeek(), PlannedDay.REST),
					sessions.stream().filter(session -> session.date().equals(day)).toList(), null));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(Day.OUTSIDE);
			}
			weeks.add(week);
		}
		YearMonth previous = month.isAfter(FIRST_MONTH) ? month.minusMonths(1) : null;
		YearMonth next = month.isBefore(lastMonth(today)) ? month.plusMonths(1) : null;
		return new Month(month, weeks, previous, next);
	}

	private static YearMonth lastMonth(LocalDate today) {
		return YearMonth.of(today.getYear() + 1, 12);
	}

}
