package dev.hipflex.journal;

import java.util.ArrayList;
import java.util.List;

import dev.hipflex.journal.JournalChoices.ExerciseChoice;
import dev.hipflex.journal.JournalChoices.PlannedExercise;
import dev.hipflex.journal.JournalChoices.RoutineChoice;

/**
 * A routine as a guided session walks through it: one step per planned set, in the routine's order, as
 * many sets of each exercise as the log form plans (the top of the range). Plain values, so the walk is
 * tested without a database.
 */
public record GuidedPlan(List<Step> steps) {

	/**
	 * One planned set: the exercise (its {@code exerciseNumber} of {@code exercises}), the set's number of
	 * {@code sets}, the target as text ("10–15") and the amount the "Done" form starts with (the bottom of
	 * the range), in repetitions or seconds.
	 */
	public record Step(int index, long exerciseId, int exerciseNumber, int exercises, int setNumber, int sets, String target,
			int amount, boolean reps) {
	}

	static GuidedPlan of(RoutineChoice routine, JournalChoices choices) {
		List<Step> steps = new ArrayList<>();
		List<PlannedExercise> exercises = routine.exercises();
		for (int number = 0; number < exercises.size(); number++) {
			PlannedExercise exercise = exercises.get(number);
			boolean reps = choices.exercise(exercise.exerciseId()).map(ExerciseChoice::countsReps).orElse(true);
			for (int set = 1; set <= exercise.sets() && steps.size() < JournalLimits.SETS_MAX; set++) {
				steps.add(new Step(steps.size(), exercise.exerciseId(), number + 1, exercises.size(), set,
						exercise.sets(), exercise.target(), bottom(exercise.target()), reps));
			}
		}
		return new GuidedPlan(List.copyOf(steps));
	}

	/** The bottom of a target range as {@code JournalService} words it ("10–15" or "10"). */
	static int bottom(String target) {
		return Integer.parseInt(target.split("–")[0].strip());
	}

	int size() {
		return steps.size();
	}

	Step step(int index) {
		return steps.get(index);
	}

}
