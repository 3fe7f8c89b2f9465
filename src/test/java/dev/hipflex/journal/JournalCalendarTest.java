package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import dev.hipflex.journal.JournalCalendar.Day;
import dev.hipflex.journal.JournalCalendar.LoggedSession;
import dev.hipflex.journal.JournalCalendar.PlannedDay;
import dev.hipflex.journal.JournalCalendar.PlannedRoutine;
import dev.hipflex.system.BadRequestException;
import org.junit.jupiter.api.Test;

class JournalCalendarTest {

	static final LocalDate TODAY = LocalDate.of(2025, 5, 14);

	@Test
	void aMonthIsWholeWeeksFromMondayWithEmptyCellsOutsideIt() {
		// May 2025 starts on a Thursday and ends on a Saturday.
		JournalCalendar.Month may = JournalCalendar.build(YearMonth.of(2025, 5), TODAY, Map.of(), List.of());
		assertThat(may.weeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
		assertThat(may.weeks().get(0).subList(0, 3)).allMatch(day -> !day.isInMonth());
		assertThat(may.weeks().get(0).get(3).date()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(may.weeks().get(4).get(5).date()).isEqualTo(LocalDate.of(2025, 5, 31));
		assertThat(may.weeks().get(4).get(6).isInMonth()).isFalse();
		assertThat(may.previous()).isEqualTo(YearMonth.of(2025, 4));
		assertThat(may.next()).isEqualTo(YearMonth.of(2025, 6));
		assertThat(may.weekdays()).first().isEqualTo(DayOfWeek.MONDAY);
	}

	@Test
	void eachDayHasItsWeekdaysPlanAndTheSessionsLoggedOnIt() {
		PlannedDay strength = new PlannedDay(false, List.of(new PlannedRoutine("SESSION", "Hip strength A")));
		LoggedSession logged = new LoggedSession(7, LocalDate.of(2025, 5, 12), "Hip strength A");
		JournalCalendar.Month may = JournalCalendar.build(YearMonth.of(2025, 5), TODAY,
				Map.of(DayOfWeek.MONDAY, strength), List.of(logged));
		Day monday12 = day(may, 12);
		assertThat(monday12.planned()).isEqualTo(strength);
		assertThat(monday12.done()).containsExactly(logged);
		assertThat(monday12.past()).isTrue();
		Day tuesday13 = day(may, 13);
		assertThat(tuesday13.planned().isRest()).isTrue();
		assertThat(tuesday13.done()).isEmpty();
		assertThat(day(may, 14).today()).isTrue();
		assertThat(day(may, 15).past()).isFalse();
	}

	@Test
	void monthsAreReadFromTheAddressWithinTheJournalsYears() {
		assertThat(JournalCalendar.parseMonth(null, TODAY)).isEqualTo(YearMonth.of(2025, 5));
		assertThat(JournalCalendar.parseMonth(" 2024-02 ", TODAY)).isEqualTo(YearMonth.of(2024, 2));
		assertThat(JournalCalendar.parseMonth("2026-12", TODAY)).isEqualTo(YearMonth.of(2026, 12));
		assertRefused("2024-13", "journal.calendar.badMonth");
		assertRefused("2024-1", "journal.calendar.badMonth");
		assertRefused("May", "journal.calendar.badMonth");
		assertRefused("1999-12", "journal.calendar.outOfRange");
		assertRefused("2027-01", "journal.calendar.outOfRange");
		assertThat(JournalCalendar.build(YearMonth.of(2000, 1), TODAY, Map.of(), List.of()).previous()).isNull();
		assertThat(JournalCalendar.build(YearMonth.of(2026, 12), TODAY, Map.of(), List.of()).next()).isNull();
	}

	private static Day day(JournalCalendar.Month month, int dayOfMonth) {
		return month.weeks()
			.stream()
			.flatMap(List::stream)
			.filter(day -> day.isInMonth() && day.date().getDayOfMonth() == dayOfMonth)
			.findFirst()
			.orElseThrow();
	}

	private static void assertRefused(String month, String key) {
		assertThatThrownBy(() -> JournalCalendar.parseMonth(month, TODAY))
			.isInstanceOfSatisfying(BadRequestException.class, ex -> assertThat(ex.getMessageKey()).isEqualTo(key));
	}

}
