package dev.hipflex.guide;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ProgressionRuleRepository extends Repository<ProgressionRule, Long> {

	@Query("select r from ProgressionRule r join fetch r.claim order by r.position")
	List<ProgressionRule> findAllWithClaim();

}
