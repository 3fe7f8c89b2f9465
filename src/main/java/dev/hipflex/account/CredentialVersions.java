package dev.hipflex.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a login is still honoured: its account exists and its credential version is the one the login
 * read. Asked on every request of a logged-in runner, so the versions are remembered for {@link #FRESH_FOR}:
 * the normal request reads no database. A change on this instance forgets the account's version at once
 * ({@link #forget}); one made on another instance is seen here within {@link #FRESH_FOR}. A login whose
 * version differs from the remembered one is checked against the database before it is refused, so a
 * version remembered from before a new login never logs that login out.
 */
@Component
class CredentialVersions {

	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	/** Far more runners than are active within {@link #FRESH_FOR}; past it, stale entries are dropped. */
	private static final int MAX_REMEMBERED = 10_000;

	/** An account's version as read at {@code readAt}; empty when the account no longer exists. */
	record Read(Optional<Integer> version, Instant readAt) {
	}

	private final ConcurrentMap<Long, Read> remembered = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CredentialVersions(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean honours(CurrentRunner runner) {
		Optional<Integer> version = Optional.of(runner.credentialVersion());
		Instant now = clock.instant();
		Read known = remembered.get(runner.id());
		if (known != null && known.version().equals(version) && now.isBefore(known.readAt().plus(FRESH_FOR))) {
			return true;
		}
		return read(runner.id(), now).version().equals(version);
	}

	/** After the account's version has been raised, or the account deleted. */
	void forget(long accountId) {
		remembered.remove(accountId);
	}

	Read read(long accountId, Instant now) {
		List<Integer> versions = jdbc.queryForList("select credential_version from account where id = ?",
				Integer.class, accountId);
		Read read = new Read(versions.stream().findFirst(), now);
		if (remembered.size() >= MAX_REMEMBERED) {
			remembered.values().removeIf(old -> !now.isBefore(old.readAt().plus(FRESH_FOR)));
		}
		remembered.put(accountId, read);
		return read;
	}

}
