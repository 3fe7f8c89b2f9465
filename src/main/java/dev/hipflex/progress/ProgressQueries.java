package dev.hipflex.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Exercise;
import dev.hipflex.exercise.ExerciseService;
import dev.hipflex.journal.JournalService;
import dev.hipflex.journal.Pause;
import dev.hipflex.journal.Pauses;
import dev.hipflex.progress.Progress.SessionScores;
import dev.hipflex.progress.Progress.Unit;

import org.springframework.stereotype.Component;

/**
 * The progress page's reads, asked of the modules that own the data: the journal's sessions and sets
 * ({@link JournalService}, a handful of aggregate queries whatever the size of the journal) and the library's
 * exercises ({@link ExerciseService}, one query, only when there are sets to name or an exercise was asked for).
 * Totals come per day; {@link Weeks} adds them up per week.
 */
@Component
class ProgressQueries {

	/** A day's total of one exercise. */
	record DayVolume(LocalDate date, String slug, String name, Unit unit, long sets, long reps, long seconds) {

		long amount() {
			return unit == Unit.REPS ? reps : seconds;
		}

	}

	/** An exercise of the library, named by its slug. */
	record ExerciseRow(long id, String slug, String name, Unit unit) {
	}

	private final JournalService journal;

	private final ExerciseService exercises;

	private final Pauses pauses;

	ProgressQueries(JournalService journal, ExerciseService exercises, Pauses pauses) {
		this.journal = journal;
		this.exercises = exercises;
		this.pauses = pauses;
	}

	/** The runner's pauses with a day in {@code from <= date <= to}, earliest first. */
	List<Pause> pauses(long account, LocalDate from, LocalDate to) {
		return pauses.between(account, from, to);
	}

	/** Sessions logged per day, for {@code from <= date < until}. */
	Map<LocalDate, Long> sessionsPerDay(long account, LocalDate from, LocalDate until) {
		return journal.sessionsPerDay(account, from, until);
	}

	/** Sets, repetitions and seconds per day and exercise, for {@code from <= date < until}. */
	List<DayVolume> volumePerDay(long account, LocalDate from, LocalDate until) {
		List<JournalService.ExerciseDay> days = journal.setsPerDay(account, from, until);
		if (days.isEmpty()) {
			return List.of();
		}
		Map<Long, ExerciseRow> library = exercises.summaries(ProgressQueries::row)
			.stream()
			.collect(Collectors.toMap(ExerciseRow::id, Function.identity()));
		return days.stream().map(day -> {
			ExerciseRow exercise = library.get(day.exerciseId());
			return new DayVolume(day.date(), exercise.slug(), exercise.name(), exercise.unit(), day.sets(), day.reps(),
					day.seconds());
		}).toList();
	}

	/** The runner's last {@code count} sessions up to {@code until}, newest first. */
	List<SessionScores> lastSessions(long account, LocalDate until, int count) {
		return journal.lastSessions(account, until, count)
			.stream()
			.map(session -> new SessionScores(session.date(), session.routine(), session.effort(),
					session.painDuring(), session.painNextMorning()))
			.toList();
	}

	Optional<ExerciseRow> exercise(String slug) {
		return exercises.summaries(ProgressQueries::row).stream().filter(row -> row.slug().equals(slug)).findFirst();
	}

	/** Exercises dosed in repetitions are counted in repetitions; holds and timed work in seconds. */
	private static ExerciseRow row(Exercise exercise) {
		Unit unit = exercise.getDose().getUnit() == Dose.Unit.REPS ? Unit.REPS : Unit.SECONDS;
		return new ExerciseRow(exercise.getId(), exercise.getSlug(), exercise.getName(), unit);
	}

}
