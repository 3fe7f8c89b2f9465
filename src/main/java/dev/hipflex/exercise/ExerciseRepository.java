package dev.hipflex.exercise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ExerciseRepository extends Repository<Exercise, Long>, JpaSpecificationExecutor<Exercise> {

	Optional<Exercise> findBySlug(String slug);

	Optional<Exercise> findById(Long id);

	List<Exercise> findByIdIn(Collection<Long> ids);

	List<Exercise> findAllByOrderByPosition();

	/**
	 * Every variant of the library beside the id of the exercise it varies (a few dozen rows). No list of ids as a
	 * parameter: Hibernate translates a query with one anew on every call.
	 */
	@Query("select v.exercise.id, v from ExerciseVariant v order by v.position, v.id")
	List<Object[]> findAllVariants();

	@Query("select e from Exercise e join e.primaryMuscles m where m.slug = :muscleSlug order by e.position")
	List<Exercise> findByPrimaryMuscle(String muscleSlug);

	@Query("select e from Exercise e join e.secondaryMuscles m where m.slug = :muscleSlug order by e.position")
	List<Exercise> findBySecondaryMuscle(String muscleSlug);

}
