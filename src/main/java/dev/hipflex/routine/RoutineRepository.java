package dev.hipflex.routine;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RoutineRepository extends Repository<Routine, Long> {

	Optional<Routine> findBySlug(String slug);

	List<Routine> findAllByOrderByPosition();

}
