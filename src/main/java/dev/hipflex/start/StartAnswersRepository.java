package dev.hipflex.start;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StartAnswersRepository extends Repository<StartAnswers, Long> {

	Optional<StartAnswers> findById(Long accountId);

	boolean existsById(Long accountId);

	StartAnswers save(StartAnswers answers);

}
