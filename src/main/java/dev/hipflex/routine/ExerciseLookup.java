package dev.hipflex.routine;

import java.util.List;
import java.util.Optional;

import dev.hipflex.exercise.Exercise;

import org.springframework.data.repository.Repository;

/** The exercises a runner can add to their routine: names and doses only, without what their pages show. */
interface ExerciseLookup extends Repository<Exercise, Long> {

	List<Exercise> findAllByOrderByPosition();

	Optional<Exercise> findById(Long id);

}
