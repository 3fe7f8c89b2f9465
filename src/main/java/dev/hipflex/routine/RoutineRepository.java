package dev.hipflex.routine;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoutineRepository extends Repository<Routine, Long> {

	/** A template by its slug (runners' routines have none). */
	Optional<Routine> findBySlug(String slug);

	Optional<Routine> findById(Long id);

	@Query("select r from Routine r where r.ownerId is null order by r.position")
	List<Routine> findTemplates();

	/**
	 * HipFlex's routines (in their order) then the runner's own (by name): what a day of the week may plan, in one
	 * query.
	 */
	@Query("""
			select r from Routine r where r.ownerId is null or r.ownerId = :ownerId
			order by case when r.ownerId is null then 0 else 1 end, case when r.ownerId is null then r.position else 0 end,
			r.name, r.id""")
	List<Routine> findTemplatesAndOwnedBy(Long ownerId);

	Routine save(Routine routine);

	/**
	 * Deletes the runner's routines; the database deletes their entries and the days' items that plan them
	 * (ON DELETE CASCADE) and unlinks journal sessions done with them (ON DELETE SET NULL).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Routine r where r.ownerId = :ownerId")
	int deleteByOwnerId(Long ownerId);

}
