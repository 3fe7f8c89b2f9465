package dev.hipflex.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WeeksTest {

	static final LocalDate WEDNESDAY = LocalDate.of(2025, 1, 1);

	@Test
	void weeksStartOnMondayAcrossTheTurnOfTheYear() {
		assertThat(Weeks.monday(WEDNESDAY)).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(Weeks.monday(LocalDate.of(2024, 12, 30))).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(Weeks.monday(LocalDate.of(2025, 1, 5))).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(Weeks.last(WEDNESDAY, 3)).containsExactly(LocalDate.of(2024, 12, 16), LocalDate.of(2024, 12, 23),
				LocalDate.of(2024, 12, 30));
	}

	@Test
	void countsPerDayAddUpPerWeek() {
		Map<LocalDate, Long> perWeek = Weeks.perWeek(Map.of(LocalDate.of(2024, 12, 29), 1L, LocalDate.of(2024, 12, 30),
				1L, LocalDate.of(2025, 1, 5), 2L));

		assertThat(perWeek).containsExactly(Map.entry(LocalDate.of(2024, 12, 23), 1L),
				Map.entry(LocalDate.of(2024, 12, 30), 3L));
	}

	@Test
	void aStreakCountsWeeksBackUntilOneFallsShortOrTheRangeEnds() {
		LocalDate last = LocalDate.of(2024, 12, 30);
		Map<LocalDate, Long> done = Map.of(last, 2L, last.minusWeeks(1), 3L, last.minusWeeks(2), 1L,
				last.minusWeeks(3), 2L);

		assertThat(Weeks.metInARow(2, done, last, last.minusWeeks(10))).isEqualTo(2);
		assertThat(Weeks.metInARow(1, done, last, last.minusWeeks(10))).isEqualTo(4);
		assertThat(Weeks.metInARow(1, done, last, last.minusWeeks(1))).isEqualTo(2);
		assertThat(Weeks.metInARow(3, done, last, last.minusWeeks(10))).isZero();
	}

	@Test
	void aWeekPlansItsPlannedDaysThatAreNotPausedAndAWeekWithNonePlannedIsSkipped() {
		LocalDate monday = LocalDate.of(2024, 12, 30);
		Set<DayOfWeek> planned = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
		Set<LocalDate> paused = Set.of(monday.plusDays(1), monday.plusDays(3), monday.minusWeeks(1),
				monday.minusWeeks(1).plusDays(3));

		assertThat(Weeks.plannedIn(monday, planned, paused)).as("Tuesday is no planned day; Thursday is").isEqualTo(1);
		assertThat(Weeks.plannedIn(monday.minusWeeks(1), planned, paused)).isZero();
		assertThat(Weeks.plannedIn(monday.minusWeeks(2), planned, paused)).isEqualTo(2);
		assertThat(Weeks.pausedIn(monday, paused)).isEqualTo(2);

		Map<LocalDate, Long> done = Map.of(monday, 1L, monday.minusWeeks(2), 2L);
		Weeks.Run run = Weeks.run(week -> Weeks.plannedIn(week, planned, paused), done, monday, monday.minusWeeks(3));
		assertThat(run.mondays()).containsExactly(monday, monday.minusWeeks(2));
		assertThat(run.unbroken()).isFalse();
		assertThat(Weeks.run(week -> Weeks.plannedIn(week, planned, paused), done, monday, monday.minusWeeks(2))
			.unbroken()).isTrue();
	}

}
