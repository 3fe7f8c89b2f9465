package dev.hipflex.progression;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ProgressionStepRepository extends Repository<ProgressionStep, Long> {

	List<ProgressionStep> findByAccountIdOrderByAppliedOnDescIdDesc(Long accountId);

	ProgressionStep save(ProgressionStep step);

}
