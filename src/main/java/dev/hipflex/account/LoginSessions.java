package dev.hipflex.account;

import java.time.Instant;
import java.util.List;

import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * The HTTP sessions a runner is logged in with, found by account id in whichever store keeps them: the
 * servlet container's memory ({@link ContainerLoginSessions}) or Spring Session's database tables with
 * the postgres profile ({@link SpringLoginSessions}). A login marks its session with the account id in
 * the attribute {@link #ACCOUNT_ID}, the one Spring Session indexes, so both stores find it the same way;
 * the id, never the email, which a runner may one day change.
 */
interface LoginSessions {

	String ACCOUNT_ID = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

	/** A session of the account: its id, its {@link Login} (null if it has none) and when it was last used. */
	record Stored(String id, Login login, Instant lastActive) {
	}

	List<Stored> of(long accountId);

	/** Ends every session of the account but the one with the id {@code keep}. */
	void endAllBut(long accountId, String keep);

}
