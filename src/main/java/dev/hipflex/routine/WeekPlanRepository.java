package dev.hipflex.routine;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WeekPlanRepository extends Repository<WeekPlan, Long> {

	@Query("select w from WeekPlan w left join fetch w.days where w.slug = :slug")
	Optional<WeekPlan> findBySlug(String slug);

}
