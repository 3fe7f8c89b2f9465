package dev.hipflex.account;

import java.util.List;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The logged-in sessions Spring Session keeps in the database (the postgres profile), found through its
 * principal-name index, which holds the account id a login puts in {@link LoginSessions#ACCOUNT_ID}. Ending a
 * session deletes its row, so every instance sharing the database sees it ended at once.
 */
class SpringLoginSessions implements LoginSessions {

	private final FindByIndexNameSessionRepository<? extends Session> repository;

	SpringLoginSessions(FindByIndexNameSessionRepository<? extends Session> repository) {
		this.repository = repository;
	}

	@Override
	public List<Stored> of(long accountId) {
		return repository.findByPrincipalName(Long.toString(accountId)).values().stream()
			.map(session -> new Stored(session.getId(), session.getAttribute(Login.ATTRIBUTE),
					session.getLastAccessedTime()))
			.toList();
	}

	@Override
	public void endAllBut(long accountId, String keep) {
		repository.findByPrincipalName(Long.toString(accountId)).keySet().stream()
			.filter(id -> !id.equals(keep))
			.forEach(repository::deleteById);
	}

}
