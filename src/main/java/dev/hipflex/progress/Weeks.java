package dev.hipflex.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * ISO weeks (Monday to Sunday), named by their Monday. Counts come from the database per day and are
 * added up per week here, because week arithmetic in SQL is written differently in H2 and PostgreSQL.
 */
final class Weeks {

	private Weeks() {
	}

	static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The Mondays of the last {@code count} weeks, oldest first, ending with the week of {@code today}. */
	static List<LocalDate> last(LocalDate today, int count) {
		LocalDate current = monday(today);
		List<LocalDate> mondays = new ArrayList<>();
		for (int i = count - 1; i >= 0; i--) {
			mondays.add(current.minusWeeks(i));
		}
		return mondays;
	}

	/** Adds up counts per day into counts per week (by Monday). */
	static Map<LocalDate, Long> perWeek(Map<LocalDate, Long> perDay) {
		Map<LocalDate, Long> weeks = new TreeMap<>();
		perDay.forEach((day, count) -> weeks.merge(monday(day), count, Long::sum));
		return weeks;
	}

	/**
	 * How many weeks in a row, going back from {@code lastMonday} and not before {@code firstMonday}, had at
	 * least {@code plan} sessions.
	 */
	static int metInARow(long plan, Map<LocalDate, Long> donePerWeek, LocalDate lastMonday, LocalDate firstMonday) {
		int weeks = 0;
		for (LocalDate monday = lastMonday; !monday.isBefore(firstMonday); monday = monday.minusWeeks(1)) {
			if (donePerWeek.getOrDefault(monday, 0L) < plan) {
				break;
			}
			weeks++;
		}
		return weeks;
	}

	/** Weeks that met their plan, newest first, and whether they reached back to the first week asked without a miss. */
	record Run(List<LocalDate> mondays, boolean unbroken) {
	}

	/**
	 * The weeks in a row, going back from {@code lastMonday} and not before {@code firstMonday}, that had at least
	 * their plan's sessions. A week whose plan is 0 (every planned day paused) is skipped: it neither breaks the run
	 * nor counts in it.
	 */
	static Run run(Function<LocalDate, Long> planOf, Map<LocalDate, Long> donePerWeek, LocalDate lastMonday,
			LocalDate firstMonday) {
		List<LocalDate> met = new ArrayList<>();
		for (LocalDate monday = lastMonday; !monday.isBefore(firstMonday); monday = monday.minusWeeks(1)) {
			long plan = planOf.apply(monday);
			if (plan == 0) {
				continue;
			}
			if (donePerWeek.getOrDefault(monday, 0L) < plan) {
				return new Run(met, false);
			}
			met.add(monday);
		}
		return new Run(met, true);
	}

	/** The planned days of the week of {@code monday} ({@code planned}, by weekday) that are not paused. */
	static long plannedIn(LocalDate monday, Set<DayOfWeek> planned, Set<LocalDate> paused) {
		return planned.stream().filter(day -> !paused.contains(monday.plusDays(day.getValue() - 1L))).count();
	}

	/** The paused days of {@code monday}'s week. */
	static long pausedIn(LocalDate monday, Set<LocalDate> paused) {
		return paused.stream().filter(day -> monday(day).equals(monday)).count();
	}

}
