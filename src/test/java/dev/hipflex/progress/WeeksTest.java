package dev.hipflex.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

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

}
