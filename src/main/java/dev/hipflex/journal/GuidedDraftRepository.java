package dev.hipflex.journal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Guided-session drafts, always found through their owner's account id. */
interface GuidedDraftRepository extends Repository<GuidedDraft, Long> {

	Optional<GuidedDraft> findByAccountId(long accountId);

	/** The draft, locked for the rest of the transaction: two "Done"s sent at once record one set each in turn. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from GuidedDraft d where d.id = :id and d.accountId = :accountId")
	Optional<GuidedDraft> lock(long id, long accountId);

	GuidedDraft save(GuidedDraft draft);

	void delete(GuidedDraft draft);

}
