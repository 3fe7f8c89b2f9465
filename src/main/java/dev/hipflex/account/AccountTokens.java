package dev.hipflex.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens of the links HipFlex mails (table {@code account_token}): 256 random bits, written into the link
 * and never stored; the database keeps only their SHA-256 hash, so a copy of it opens no account. A token
 * lives {@link #LIFETIME}, is used once, and an account has at most one per purpose: a new one voids the old.
 * Times are compared in UTC, as the login throttle's are.
 */
@Component
class AccountTokens {

	static final Duration LIFETIME = Duration.ofMinutes(30);

	/** 256 bits: at least 128 are asked for, and more cost nothing. */
	static final int BYTES = 32;

	enum Purpose {

		PASSWORD_RESET, EMAIL_CHANGE

	}

	/** A live token's account, and for an email change the address it moves to. */
	record Found(long accountId, String newEmail) {
	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RunnerLock runnerLock;

	AccountTokens(JdbcTemplate jdbc, Clock clock, RunnerLock runnerLock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.runnerLock = runnerLock;
	}

	/**
	 * A new token for the account and purpose; the one it had before no longer works. Returns the token itself,
	 * for the link: it is not kept anywhere. Runs one after the other for an account (its row is locked), so two
	 * requests at once leave one live token, the later one's.
	 */
	@Transactional
	public String issue(long accountId, Purpose purpose, String newEmail) {
		runnerLock.lock(accountId);
		Instant now = clock.instant();
		jdbc.update("delete from account_token where expires_at < ?", utc(now));
		jdbc.update("delete from account_token where account_id = ? and purpose = ?", accountId, purpose.name());
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("""
				insert into account_token (account_id, purpose, token_hash, new_email, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""", accountId, purpose.name(), hash(token), newEmail, utc(now),
				utc(now.plus(LIFETIME)));
		return token;
	}

	/** The token's account while the token is live (issued, not used, not replaced, not expired). */
	@Transactional(readOnly = true)
	public Optional<Found> find(String token, Purpose purpose) {
		return live(token, purpose).map(Live::found);
	}

	/**
	 * Uses the token up, inside the caller's transaction (rolled back with it): its account while it was live.
	 * However many requests use the same token at once, one gets it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Found> use(String token, Purpose purpose) {
		return live(token, purpose)
			.filter(live -> jdbc.update("delete from account_token where id = ?", live.id()) == 1)
			.map(Live::found);
	}

	/** Voids the account's tokens for the purpose: after the password or the email has changed. */
	public void voidAll(long accountId, Purpose purpose) {
		jdbc.update("delete from account_token where account_id = ? and purpose = ?", accountId, purpose.name());
	}

	/** The address a live email change of the account's moves to, if there is one. */
	@Transactional(readOnly = true)
	public Optional<String> pendingEmail(long accountId) {
		return jdbc.queryForList("""
				select new_email from account_token where account_id = ? and purpose = ? and expires_at > ?""",
				String.class, accountId, Purpose.EMAIL_CHANGE.name(), utc(clock.instant())).stream().findFirst();
	}

	private record Live(long id, Found found) {
	}

	private Optional<Live> live(String token, Purpose purpose) {
		if (token == null || token.isEmpty() || token.length() > 100) {
			return Optional.empty();
		}
		List<Live> rows = jdbc.query("""
				select id, account_id, new_email from account_token
				where token_hash = ? and purpose = ? and expires_at > ?""",
				(rs, row) -> new Live(rs.getLong("id"), new Found(rs.getLong("account_id"), rs.getString("new_email"))),
				hash(token), purpose.name(), utc(clock.instant()));
		return rows.stream().findFirst();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
