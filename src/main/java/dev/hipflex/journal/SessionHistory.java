package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Repository;

/**
 * The history's queries: one page of a runner's sessions, newest first, read in the order of the
 * journal's index so that only the page's rows are read; the number of sets of those sessions; and the
 * count of all matching sessions. Filters are added only when given, so the database sees plain predicates
 * it can use indexes for.
 */
@Repository
class SessionHistory {

	private final EntityManager entityManager;

	SessionHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<HistoryPage.Row> page(long accountId, HistoryFilter filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<TrainingSession> session = query.from(TrainingSession.class);
		query.multiselect(session.get("id"), session.get("sessionDate"), session.get("routineName"),
				session.get("effort"), session.get("painDuring"), session.get("painNextMorning"))
			.where(matching(cb, query, session, accountId, filter))
			// The order of the index (account_id, session_date DESC, id DESC), so the page is read from it.
			.orderBy(cb.asc(session.get("accountId")), cb.desc(session.get("sessionDate")), cb.desc(session.get("id")));
		List<Tuple> sessions = entityManager.createQuery(query)
			.setFirstResult((filter.page() - 1) * HistoryFilter.PAGE_SIZE)
			.setMaxResults(HistoryFilter.PAGE_SIZE)
			.getResultList();
		Map<Long, Long> sets = setCounts(sessions.stream().map(row -> row.get(0, Long.class)).toList());
		return sessions.stream()
			.map(row -> new HistoryPage.Row(row.get(0, Long.class), row.get(1, LocalDate.class), row.get(2, String.class),
					sets.getOrDefault(row.get(0, Long.class), 0L), row.get(3, Integer.class), row.get(4, Integer.class),
					row.get(5, Integer.class)))
			.toList();
	}

	/** The number of sets of each of a page's sessions: one small query, whatever the size of the journal. */
	private Map<Long, Long> setCounts(List<Long> sessionIds) {
		if (sessionIds.isEmpty()) {
			return Map.of();
		}
		return entityManager
			.createQuery("select s.session.id, count(s) from SessionSet s where s.session.id in :ids group by s.session.id",
					Object[].class)
			.setParameter("ids", sessionIds)
			.getResultStream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

	long count(long accountId, HistoryFilter filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<TrainingSession> session = query.from(TrainingSession.class);
		query.select(cb.count(session)).where(matching(cb, query, session, accountId, filter));
		return entityManager.createQuery(query).getSingleResult();
	}

	private static Predicate[] matching(CriteriaBuilder cb, CriteriaQuery<?> query, Root<TrainingSession> session,
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
