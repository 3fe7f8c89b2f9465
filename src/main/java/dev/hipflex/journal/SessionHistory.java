package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.stereotype.Repository;

/**
 * The history's queries: one page of a runner's sessions, newest first, read in the order of the
 * journal's index so that only the page's rows are read; the number of sets of those sessions; and the
 * count of the matching sessions, up to a limit (or all of them, for the error of a page past the end).
 * Filters are added only when given, so the database sees plain predicates it can use indexes for.
 */
@Repository
class SessionHistory {

	/**
	 * Later than any session (the log form and the import stop long before): bounding the date by it makes H2
	 * read a page in the order of the index (account_id, session_date DESC, id DESC), 21 rows instead of all
	 * of the runner's sessions. Both H2 and PostgreSQL store the date.
	 */
	static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	private final EntityManager entityManager;

	SessionHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The page's sessions, each with its number of sets, and, when there are older ones, the first of the next
	 * page too ({@code PAGE_SIZE + 1} rows at most): the caller knows whether an older page exists without
	 * counting. One query; each row's sets are counted through the index on session_set (session_id, ...).
	 */
	List<HistoryPage.Row> page(long accountId, HistoryFilter filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<TrainingSession> session = query.from(TrainingSession.class);
		Subquery<Long> sets = query.subquery(Long.class);
		Root<SessionSet> set = sets.from(SessionSet.class);
		sets.select(cb.count(set)).where(cb.equal(set.get("session"), session));
		query.multiselect(session.get("id"), session.get("sessionDate"), session.get("routineName"), sets,
				session.get("effort"), session.get("painDuring"), session.get("painNextMorning"))
			.where(matchingInIndexOrder(cb, query, session, accountId, filter))
			.orderBy(indexOrder(cb, session));
		return entityManager.createQuery(query)
			.setFirstResult((filter.page() - 1) * HistoryFilter.PAGE_SIZE)
			.setMaxResults(HistoryFilter.PAGE_SIZE + 1)
			.getResultStream()
			.map(row -> new HistoryPage.Row(row.get(0, Long.class), row.get(1, LocalDate.class), row.get(2, String.class),
					row.get(3, Long.class), row.get(4, Integer.class), row.get(5, Integer.class), row.get(6, Integer.class)))
			.toList();
	}

	/**
	 * The conditions of the matching sessions, for a query ordered by {@link #indexOrder}: it then reads them in
	 * the order of the index (account_id, session_date DESC, id DESC), so that a limited query reads no more
	 * index entries than its limit. Every session is before {@link #LAST_DAY}: that condition only makes H2
	 * pick this index over the foreign key's index on account_id, with which it read and sorted all of the
	 * runner's sessions (on disk when they are many) for every page.
	 */
	private static Predicate matchingInIndexOrder(CriteriaBuilder cb, AbstractQuery<?> query,
			Root<TrainingSession> session, long accountId, HistoryFilter filter) {
		return cb.and(cb.and(matching(cb, query, session, accountId, filter)),
				cb.lessThanOrEqualTo(session.get("sessionDate"), LAST_DAY));
	}

	/** The order of the index (account_id, session_date DESC, id DESC): newest first. */
	private static List<Order> indexOrder(CriteriaBuilder cb, Root<TrainingSession> session) {
		return List.of(cb.asc(session.get("accountId")), cb.desc(session.get("sessionDate")),
				cb.desc(session.get("id")));
	}

	/**
	 * The number of matching sessions, counting no further than {@code limit}: the database reads at most
	 * {@code limit} index entries (their ids), whatever the size of the journal.
	 */
	long countUpTo(long accountId, HistoryFilter filter, int limit) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Long> query = cb.createQuery(Long.class);
		JpaSubQuery<Long> ids = query.subquery(Long.class);
		Root<TrainingSession> session = ids.from(TrainingSession.class);
		Path<Long> id = session.get("id");
		id.alias("id"); // a subquery in a from clause names what it selects
		ids.select(id)
			.where(matchingInIndexOrder(cb, ids, session, accountId, filter))
			.orderBy(indexOrder(cb, session))
			.fetch(limit);
		query.select(cb.count(query.from(ids).get("id")));
		return entityManager.createQuery(query).getSingleResult();
	}

	/** The number of all matching sessions: it reads them all, so only for the error of a page past the end. */
	long count(long accountId, HistoryFilter filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<TrainingSession> session = query.from(TrainingSession.class);
		query.select(cb.count(session)).where(matching(cb, query, session, accountId, filter));
		return entityManager.createQuery(query).getSingleResult();
	}

	private static Predicate[] matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<TrainingSession> session,
			long accountId, HistoryFilter filter) {
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(cb.equal(session.get("accountId"), accountId));
		if (filter.from() != null) {
			predicates.add(cb.greaterThanOrEqualTo(session.get("sessionDate"), filter.from()));
		}
		if (filter.to() != null) {
			predicates.add(cb.lessThanOrEqualTo(session.get("sessionDate"), filter.to()));
		}
		if (filter.exercise() != null) {
			Subquery<Long> withExercise = query.subquery(Long.class);
			Root<SessionSet> set = withExercise.from(SessionSet.class);
			withExercise.select(set.get("id"))
				.where(cb.equal(set.get("session"), session),
						cb.equal(set.get("exercise").get("slug"), filter.exercise()));
			predicates.add(cb.exists(withExercise));
		}
		return predicates.toArray(Predicate[]::new);
	}

}
