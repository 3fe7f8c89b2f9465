package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Sessions, always of one account: every method takes the owner's id. */
interface TrainingSessionRepository extends Repository<TrainingSession, Long> {

	Optional<TrainingSession> findByIdAndAccountId(Long id, Long accountId);

	/** A session with its sets and their exercises, for the session page and the edit form. */
	@Query("""
			select distinct s from TrainingSession s left join fetch s.sets x left join fetch x.exercise
			where s.id = :id and s.accountId = :accountId""")
	Optional<TrainingSession> findWithSets(Long id, Long accountId);

	/** The session a log form saved, by the form's token, with its sets. */
	@Query("""
			select distinct s from TrainingSession s left join fetch s.sets
			where s.accountId = :accountId and s.formToken = :token""")
	Optional<TrainingSession> findByFormToken(Long accountId, String token);

	/**
	 * Sessions before the given one (by date, then by id on the same day) that have a next-morning pain,
	 * newest first: the pain monitor compares with the first and counts mornings in a row through them.
	 */
	@Query("""
			select s from TrainingSession s
			where s.accountId = :accountId and s.painNextMorning is not null
			and (s.sessionDate < :date or (s.sessionDate = :date and s.id < :id))
			order by s.sessionDate desc, s.id desc""")
	List<TrainingSession> findEarlierWithMorningPain(Long accountId, LocalDate date, Long id, Pageable first);

	/** The sessions that have a next-morning pain, newest first, for the history's pain check. */
	@Query("""
			select s from TrainingSession s
			where s.accountId = :accountId and s.painNextMorning is not null
			order by s.sessionDate desc, s.id desc""")
	List<TrainingSession> findLatestWithMorningPain(Long accountId, Pageable first);

	/** Sessions with their sets and exercises, by id, for one account. */
	@Query("""
			select distinct s from TrainingSession s left join fetch s.sets x left join fetch x.exercise
			where s.accountId = :accountId and s.id in :ids""")
	List<TrainingSession> findWithSets(Long accountId, List<Long> ids);

	@Query("""
			select s from TrainingSession s
			where s.accountId = :accountId and s.sessionDate between :first and :last
			order by s.sessionDate, s.id""")
	List<TrainingSession> findBetween(Long accountId, LocalDate first, LocalDate last);

	/** The runner's sessions of a routine up to a day, newest first: "Same as last time" copies the first. */
	@Query("""
			select s from TrainingSession s
			where s.accountId = :accountId and s.routineId = :routineId and s.sessionDate <= :until
			order by s.sessionDate desc, s.id desc""")
	List<TrainingSession> findLatestOfRoutine(Long accountId, Long routineId, LocalDate until, Pageable first);

	/** The runner's sessions from a day to another that have no next-morning pain yet, newest first. */
	@Query("""
			select s from TrainingSession s
			where s.accountId = :accountId and s.painNextMorning is null and s.sessionDate between :first and :last
			order by s.sessionDate desc, s.id desc""")
	List<TrainingSession> findWithoutMorningPain(Long accountId, LocalDate first, LocalDate last);

	TrainingSession save(TrainingSession session);

	/**
	 * Deletes the session; the database deletes its sets. A statement rather than the entity's delete, whose
	 * version check fails when the same delete, sent twice at once, has already removed the row: this one then
	 * deletes nothing, and both requests are answered alike.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from TrainingSession s where s.id = :id and s.accountId = :accountId")
	int deleteByIdAndAccountId(Long id, Long accountId);

}
