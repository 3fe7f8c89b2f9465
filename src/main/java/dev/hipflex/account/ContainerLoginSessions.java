package dev.hipflex.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

/**
 * The logged-in sessions the servlet container keeps in memory (the default, without Spring Session), by
 * account id. The container tells it, as a listener Spring Boot registers, when a login marks a session
 * with its account id and when a session ends; it holds the session objects, which keep their identity when
 * a session's id changes. With Spring Session on, the container makes no sessions and this stays empty.
 */
@Component
class ContainerLoginSessions implements LoginSessions, HttpSessionListener, HttpSessionAttributeListener {

	private final ConcurrentMap<String, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

	@Override
	public List<Stored> of(long accountId) {
		return sessions(accountId).stream().map(ContainerLoginSessions::stored).filter(Objects::nonNull).toList();
	}

	@Override
	public void endAllBut(long accountId, String keep) {
		for (HttpSession session : sessions(accountId)) {
			if (!session.getId().equals(keep)) {
				try {
					session.invalidate();
				}
				catch (IllegalStateException alreadyEnded) {
					remove(Long.toString(accountId), session);
				}
			}
		}
	}

	@Override
	public void attributeAdded(HttpSessionBindingEvent event) {
		if (ACCOUNT_ID.equals(event.getName())) {
			add(event.getValue(), event.getSession());
		}
	}

	@Override
	public void attributeReplaced(HttpSessionBindingEvent event) {
		if (ACCOUNT_ID.equals(event.getName())) {
			remove(event.getValue(), event.getSession());
			add(event.getSession().getAttribute(ACCOUNT_ID), event.getSession());
		}
	}

	@Override
	public void attributeRemoved(HttpSessionBindingEvent event) {
		if (ACCOUNT_ID.equals(event.getName())) {
			remove(event.getValue(), event.getSession());
		}
	}

	/** Called while the session's attributes can still be read, as the Servlet specification says. */
	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		remove(event.getSession().getAttribute(ACCOUNT_ID), event.getSession());
	}

	/** A copy, as ending a session changes the set. */
	private List<HttpSession> sessions(long accountId) {
		return List.copyOf(byAccount.getOrDefault(Long.toString(accountId), Set.of()));
	}

	private void add(Object accountId, HttpSession session) {
		if (accountId instanceof String id) {
			byAccount.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet()).add(session);
		}
	}

	private void remove(Object accountId, HttpSession session) {
		if (accountId instanceof String id) {
			byAccount.computeIfPresent(id, (key, sessions) -> {
				sessions.remove(session);
				return sessions.isEmpty() ? null : sessions;
			});
		}
	}

	/** Null when the session ended while it was being read. */
	private static Stored stored(HttpSession session) {
		try {
			return new Stored(session.getId(), (Login) session.getAttribute(Login.ATTRIBUTE),
					Instant.ofEpochMilli(session.getLastAccessedTime()));
		}
		catch (IllegalStateException ended) {
			return null;
		}
	}

}
