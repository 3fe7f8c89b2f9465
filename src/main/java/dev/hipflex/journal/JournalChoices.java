package dev.hipflex.journal;

import java.util.List;
import java.util.Optional;

import dev.hipflex.exercise.Dose;

/**
 * What the journal's forms offer: the routines a runner may log (the library's and those of their week)
 * and the exercises of the library. Plain values, so the form reader is tested without a database.
 */
public record JournalChoices(List<RoutineChoice> routines, List<ExerciseChoice> exercises) {

	/** An exercise, and whether a set of it counts repetitions or seconds (holds and timed work). */
	public record ExerciseChoice(long id, String slug, String name, Dose.Unit unit) {

		public boolean countsReps() {
			return unit == Dose.Unit.REPS;
		}

	}

	/** A routine with the sets it plans: one row per planned set is put in the log form. */
	public record RoutineChoice(long id, String name, boolean strength, List<PlannedExercise> exercises) {
	}

	/**
	 * An exercise of a routine: how many sets, the amount per set as text ("10–15") and the bottom of that
	 * range, the dose "Done as planned" logs.
	 */
	public record PlannedExercise(long exerciseId, int sets, String target, int amountMin) {
	}

	public Optional<RoutineChoice> routine(long id) {
		return routines.stream().filter(routine -> routine.id() == id).findFirst();
	}

	public Optional<ExerciseChoice> exercise(long id) {
		return exercises.stream().filter(exercise -> exercise.id() == id).findFirst();
	}

	/** The exercise a form value names, or null: for the form's rows, where the value is text. */
	public ExerciseChoice exerciseFor(String formValue) {
		return SessionFormReader.wholeNumber(formValue).flatMap(id -> exercise(id.longValue())).orElse(null);
	}

}
