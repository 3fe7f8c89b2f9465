package dev.hipflex.exercise;

import java.util.List;
import java.util.stream.Stream;

import dev.hipflex.guide.MuscleTraining;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the guide's muscle pages which exercises work each muscle. */
@Component
class ExerciseMuscleTraining implements MuscleTraining {

	private final ExerciseRepository exercises;

	ExerciseMuscleTraining(ExerciseRepository exercises) {
		this.exercises = exercises;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Link> exercisesFor(String muscleSlug) {
		return Stream.concat(
				exercises.findByPrimaryMuscle(muscleSlug).stream()
					.map(exercise -> new Link(exercise.getName(), ExerciseUrls.exercise(exercise.getSlug()), true)),
				exercises.findBySecondaryMuscle(muscleSlug).stream()
					.map(exercise -> new Link(exercise.getName(), ExerciseUrls.exercise(exercise.getSlug()), false)))
			.toList();
	}

}
