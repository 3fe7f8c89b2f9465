package dev.hipflex.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.hipflex.account.RunnerZone;
import dev.hipflex.journal.Pause;
import dev.hipflex.journal.PauseReason;
import dev.hipflex.progress.Progress.SessionScores;
import dev.hipflex.routine.WeekService;
import dev.hipflex.system.BadRequestException;
import org.junit.jupiter.api.Test;

/** The service's decisions, with its reads replaced: what counts as planned and how far the streak reads. */
class ProgressServiceTest {

	/** A Wednesday. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);

	static final LocalDate THIS_MONDAY = LocalDate.of(2024, 12, 30);

	final ProgressQueries queries = mock(ProgressQueries.class);

	final WeekService weeks = mock(WeekService.class);

	final ProgressService service = new ProgressService(queries, weeks, todayBy(CLOCK));

	/** The runner's zone as the clock's: today is the clock's date. */
	static RunnerZone todayBy(Clock clock) {
		RunnerZone zones = mock(RunnerZone.class);
		when(zones.today(anyLong())).thenAnswer(call -> LocalDate.now(clock));
		return zones;
	}

	@Test
	void aLongStreakIsCountedUpToTwoYearsInOneMoreReadAndShownAsLonger() {
		plan(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
		history(THIS_MONDAY.minusWeeks(3000), 2);

		Progress.Streak streak = service.progress(1, null).adherence().streak();

		assertThat(streak.weeks()).isEqualTo(ProgressService.STREAK_MAX_WEEKS).isEqualTo(104);
		assertThat(streak.longer()).isTrue();
		assertThat(streak.since()).isEqualTo(THIS_MONDAY.minusWeeks(104));
		assertThat(streak.doneThisWeek()).isEqualTo(2);
		// The 12 weeks on the page, then one read of the 93 weeks before them and one week more: never further.
		verify(queries, times(2)).sessionsPerDay(eq(1L), any(), any());
		verify(queries).sessionsPerDay(1L, THIS_MONDAY.minusWeeks(11 + 94), THIS_MONDAY.minusWeeks(11));
	}

	@Test
	void aStreakOfExactlyTheLongestCountedIsNotLonger() {
		plan(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
		history(THIS_MONDAY.minusWeeks(104), 2);

		Progress.Streak streak = service.progress(1, null).adherence().streak();

		assertThat(streak.weeks()).isEqualTo(104);
		assertThat(streak.longer()).isFalse();
		assertThat(streak.since()).isEqualTo(THIS_MONDAY.minusWeeks(104));
	}

	@Test
	void aStreakThatBreaksBeforeThePageIsCountedExactly() {
		plan(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
		history(THIS_MONDAY.minusWeeks(60), 2);

		Progress.Streak streak = service.progress(1, null).adherence().streak();

		assertThat(streak.weeks()).isEqualTo(60);
		assertThat(streak.longer()).isFalse();
	}

	@Test
	void aStreakThatBreaksOnThePageReadsNothingMore() {
		plan(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
		history(THIS_MONDAY.minusWeeks(5), 2);

		assertThat(service.progress(1, null).adherence().streak().weeks()).isEqualTo(5);
		verify(queries, times(1)).sessionsPerDay(eq(1L), any(), any());
	}

	@Test
	void onlyDaysWithAStrengthRoutineArePlannedAndWithoutThemThereIsNoStreak() {
		plan();
		history(THIS_MONDAY.minusWeeks(30), 1);

		Progress progress = service.progress(1, null);

		assertThat(progress.adherence().plan()).isZero();
		assertThat(progress.adherence().streak().hasPlan()).isFalse();
		assertThat(progress.adherence().chart().hasTarget()).isFalse();
		verify(queries, times(1)).sessionsPerDay(eq(1L), any(), any());
	}

	@Test
	void anUnknownExerciseIsABadRequestEvenBeforeAnySession() {
		when(queries.exercise("moonwalk")).thenReturn(Optional.empty());

		assertThatThrownBy(() -> service.progress(1, "moonwalk")).isInstanceOf(BadRequestException.class)
			.extracting(ex -> ((BadRequestException) ex).getMessageKey())
			.isEqualTo("progress.volume.unknownExercise");
	}

	@Test
	void aPausedWeekInTheMiddleNeitherBreaksTheStreakNorCountsInIt() {
		plan(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
		Map<LocalDate, Long> done = new TreeMap<>();
		for (int week = 1; week <= 5; week++) {
			done.put(THIS_MONDAY.minusWeeks(week), week == 3 ? 0L : 2L);
		}
		history(done);

		assertThat(service.progress(1, null).adherence().streak().weeks()).as("without the pause").isEqualTo(2);

		LocalDate pausedMonday = THIS_MONDAY.minusWeeks(3);
		pauses(new Pause(1, pausedMonday, pausedMonday.plusDays(6), PauseReason.INJURY, null));
		Progress.Adherence adherence = service.progress(1, null).adherence();

		assertThat(adherence.streak().weeks()).as("4 weeks met; the paused week is not one of them").isEqualTo(4);
		assertThat(adherence.streak().since()).isEqualTo(THIS_MONDAY.minusWeeks(5));
		Progress.WeekSessions paused = adherence.weeks().get(ProgressService.WEEKS - 1 - 3);
		assertThat(paused.monday()).isEqualTo(pausedMonday);
		assertThat(paused.planned()).isZero();
		assertThat(paused.paused()).isEqualTo(7);
		assertThat(paused.wholePlanPaused()).isTrue();
		assertThat(adherence.pauses()).hasSize(1);
	}

	@Test
	void aPausedPlannedDayLowersItsWeeksPlanAndAPausedRestDayDoesNot() {
		plan(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
		Map<LocalDate, Long> done = new TreeMap<>();
		for (int week = 1; week <= 6; week++) {
			done.put(THIS_MONDAY.minusWeeks(week), week == 2 || week == 4 ? 1L : 2L);
		}
		done.put(THIS_MONDAY, 1L);
		history(done);
		LocalDate thursday = THIS_MONDAY.minusWeeks(2).plusDays(3);
		LocalDate tuesday = THIS_MONDAY.minusWeeks(4).plusDays(1);
		pauses(new Pause(1, thursday, thursday, PauseReason.TRAVEL, null),
				new Pause(2, tuesday, tuesday, PauseReason.ILLNESS, null),
				new Pause(3, THIS_MONDAY.plusDays(3), THIS_MONDAY.plusDays(4), PauseReason.TRAVEL, null));

		Progress.Adherence adherence = service.progress(1, null).adherence();

		assertThat(adherence.weeks()).extracting(Progress.WeekSessions::planned)
			.endsWith(2L, 2L, 2L, 1L, 2L, 1L);
		assertThat(adherence.weeks().get(ProgressService.WEEKS - 1 - 2).met()).isTrue();
		assertThat(adherence.weeks().get(ProgressService.WEEKS - 1 - 4).met()).as("a paused rest day plans the same")
			.isFalse();
		assertThat(adherence.streak().weeks()).isEqualTo(3);
		assertThat(adherence.streak().plan()).isEqualTo(2);
		assertThat(adherence.streak().plannedThisWeek()).as("Thursday of this week is paused").isEqualTo(1);
		assertThat(adherence.streak().thisWeekMet()).as("one session on this Monday").isTrue();
		assertThat(adherence.chart().hasTarget()).isTrue();
	}

	/** The runner's pauses, whatever period is asked. */
	private void pauses(Pause... pauses) {
		when(queries.pauses(anyLong(), any(), any())).thenReturn(List.of(pauses));
	}

	/** A week with a strength routine on the given days (and a warm-up on every day, which the page does not count). */
	private void plan(DayOfWeek... strengthDays) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		days.addAll(List.of(strengthDays));
		when(weeks.strengthDays(1L)).thenReturn(days);
	}

	/** Sessions every Monday from {@code first} to this week, {@code perWeek} of them. */
	private void history(LocalDate first, long perWeek) {
		Map<LocalDate, Long> all = new TreeMap<>();
		for (LocalDate monday = first; !monday.isAfter(THIS_MONDAY); monday = monday.plusWeeks(1)) {
			all.put(monday, perWeek);
		}
		history(all);
	}

	/** Sessions on the given days (the count of each). */
	private void history(Map<LocalDate, Long> all) {
		when(queries.sessionsPerDay(anyLong(), any(), any())).thenAnswer(call -> {
			LocalDate from = call.getArgument(1);
			LocalDate until = call.getArgument(2);
			return new TreeMap<>(((TreeMap<LocalDate, Long>) all).subMap(from, until));
		});
		when(queries.lastSessions(anyLong(), any(), anyInt()))
			.thenReturn(List.of(new SessionScores(THIS_MONDAY, "Hip strength A", 5, 1, 0)));
		when(queries.volumePerDay(anyLong(), any(), any())).thenReturn(List.of());
	}

}
