package dev.hipflex.routine;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WeekPlanRepository extends Repository<WeekPlan, Long> {

	@Query("select w from WeekPlan w left join fetch w.days where w.slug = :slug and w.ownerId is null")
	Optional<WeekPlan> findTemplate(String slug);

	@Query("select w from WeekPlan w where w.ownerId is null order by w.id")
	List<WeekPlan> findTemplates();

	@Query("select w from WeekPlan w left join fetch w.days where w.ownerId = :ownerId")
	Optional<WeekPlan> findByOwnerId(Long ownerId);

	boolean existsByOwnerId(Long ownerId);

	/**
	 * The days (1 = Monday) on which the runner's week, or the recommended week when they have none, plans a
	 * routine of this kind: one query, where building the week takes five.
	 */
	@Query("""
			select distinct d.dayOfWeek from WeekPlanDay d join d.items i join d.weekPlan w
			where i.routine.kind = :kind and (w.ownerId = :ownerId or (w.ownerId is null and w.slug = :template
			and not exists (select o.id from WeekPlan o where o.ownerId = :ownerId)))""")
	List<Integer> daysPlanning(Long ownerId, String template, RoutineKind kind);

	/**
	 * The runner's week with its row locked until the transaction ends ({@code SELECT ... FOR UPDATE}), so
	 * changes to one week, from any instance, run one after the other and each sees the one before. Take it
	 * before reading what the change depends on.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from WeekPlan w where w.ownerId = :ownerId")
	Optional<WeekPlan> lockByOwnerId(Long ownerId);

	@Query("""
			select case when count(i) > 0 then true else false end from WeekPlanItem i
			where i.id = :itemId and i.day.weekPlan.ownerId = :ownerId""")
	boolean hasItem(Long ownerId, Long itemId);

	/**
	 * The entries of the runner's own week (routine, entry with its exercise, and the day and place it is planned
	 * at): one query, for a page that needs a few exercises of the week and not the whole week. The caller picks
	 * the exercises (no list of ids as a parameter: Hibernate translates a query with one anew on every call).
	 */
	@Query("""
			select e.routine.id, e, d.dayOfWeek, i.position from RoutineEntry e join fetch e.exercise x,
			WeekPlanItem i join i.day d join d.weekPlan w
			where i.routine.id = e.routine.id and w.ownerId = :ownerId and e.phase is null""")
	List<Object[]> findEntriesPlanned(Long ownerId);

	WeekPlan save(WeekPlan plan);

	/** Deletes the runner's week; the database deletes its days and items (ON DELETE CASCADE). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from WeekPlan w where w.ownerId = :ownerId")
	int deleteByOwnerId(Long ownerId);

}
