package dev.hipflex.routine;

import org.springframework.data.repository.Repository;

interface RoutineEntryRepository extends Repository<RoutineEntry, Long> {

	/** Inserts a new entry at once, so its id can name it in the address the runner is sent back to. */
	RoutineEntry save(RoutineEntry entry);

}
