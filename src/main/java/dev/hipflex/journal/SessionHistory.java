package dev.hipflex.journal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Repository;

/**
 * The history's queries: one page of a runner's sessions, newest first, with the number of sets of each
 * counted in the same query (a left join and a group by), and the count of all matching sessions. Filters
 * are added only when given, so the database sees plain predicates it can use indexes for.
 */
@Repository
class SessionHistory {

	private final EntityManager entityManager;

	SessionHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<HistoryPage.Row> page(long accountId, HistoryFilter filter) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<HistoryPage.Row> query = cb.createQuery(HistoryPage.Row.class);
		Root<TrainingSession> session = query.from(TrainingSession.class);
		Join<TrainingSession, SessionSet> set = session.join("sets", JoinType.LEFT);
		query.select(cb.construct(HistoryPage.Row.class, session.get("id"), session.get("sessionDate"), session.get("routineName"),
				cb.count(set), session.get("effort"), session.get("painDuring"), session.get("painNextMorning")))
			.where(matching(cb, query, session, accountId, filter))
			.groupBy(session.get("id"), session.get("sessionDate"), session.get("routineName"), session.get("effort"),
					session.get("painDuring"), session.get("painNextMorning"))
			.orderBy(cb.desc(session.get("sessionDate")), cb.desc(session.get("id")));
		return entityManager.createQuery(query)
			.setFirstResult((filter.page() - 1) * HistoryFilter.PAGE_SIZE)
			.setMaxResults(HistoryFilter.PAGE_SIZE)
			.getResultList();
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
