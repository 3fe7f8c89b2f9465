package dev.hipflex.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Slows down and then refuses guessing passwords. Failed logins are counted per account (the normalised
 * email typed, whether or not an account has it, so the answer reveals nothing) and per client address:
 * from the {@value #SLOW_AFTER}th failure of an account within {@link #WINDOW} each further failure is
 * answered a little later, and after {@value #ACCOUNT_LIMIT} failures for an account or
 * {@value #ADDRESS_LIMIT} from an address every attempt is refused for {@link #LOCKOUT} without checking
 * the password. A successful login clears the account's count. The counts live in the database
 * ({@code login_throttle}), so several instances of the application share them. Its times are stored in
 * UTC: in local time the hour repeated when daylight saving time ends would compare wrongly, and a lock
 * written just before the clocks go back ended at once.
 */
@Service
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final int SLOW_AFTER = 3;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	/** The extra wait per failure from the {@value #SLOW_AFTER}th on, and its cap. */
	static final Duration STEP = Duration.ofMillis(250);

	static final Duration MAX_DELAY = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String account(String email) {
		return "account:" + AccountService.normaliseEmail(email);
	}

	static String address(String remoteAddress) {
		return "address:" + (remoteAddress == null ? "" : remoteAddress);
	}

	/** How long attempts for this email or from this address are still refused, if they are. */
	public Optional<Duration> refusedFor(String email, String remoteAddress) {
		Instant now = clock.instant();
		LocalDateTime until = jdbc.queryForObject(
				"select max(locked_until) from login_throttle where subject in (?, ?) and locked_until > ?",
				LocalDateTime.class, subject(account(email)), subject(address(remoteAddress)), utc(now));
		return Optional.ofNullable(until).map(time -> Duration.between(now, time.toInstant(ZoneOffset.UTC)));
	}

	/**
	 * Counts a failed login; returns how long to hold the answer back (zero for the first few). Each
	 * statement commits on its own, so a row inserted by a concurrent request can be counted on.
	 */
	public Duration failed(String email, String remoteAddress) {
		Instant now = clock.instant();
		jdbc.update("delete from login_throttle where first_failure_at < ? and (locked_until is null or locked_until < ?)",
				utc(now.minus(WINDOW)), utc(now));
		int accountFailures = count(account(email), ACCOUNT_LIMIT, now);
		count(address(remoteAddress), ADDRESS_LIMIT, now);
		if (accountFailures < SLOW_AFTER || accountFailures >= ACCOUNT_LIMIT) {
			return Duration.ZERO;
		}
		Duration delay = STEP.multipliedBy(accountFailures - SLOW_AFTER + 1L);
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	public void succeeded(String email) {
		jdbc.update("delete from login_throttle where subject = ?", subject(account(email)));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		Duration delay = failed(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName());
	}

	/**
	 * One more failure for the subject: the count starts again once its window is over, and reaching the
	 * limit locks it. The update is one statement, so two instances counting at once both count.
	 */
	private int count(String subject, int limit, Instant now) {
		String key = subject(subject);
		LocalDateTime at = utc(now);
		LocalDateTime windowStart = utc(now.minus(WINDOW));
		String increment = """
				update login_throttle set
				  failures = case when first_failure_at < ? then 1 else failures + 1 end,
				  first_failure_at = case when first_failure_at < ? then ? else first_failure_at end
				where subject = ?""";
		if (jdbc.update(increment, windowStart, windowStart, at, key) == 0) {
			try {
				jdbc.update("insert into login_throttle (subject, failures, first_failure_at) values (?, 1, ?)", key, at);
			}
			catch (DuplicateKeyException ex) {
				// Inserted by a request at the same moment: count on its row.
				jdbc.update(increment, windowStart, windowStart, at, key);
			}
		}
		jdbc.update("update login_throttle set locked_until = ? where subject = ? and failures >= ?",
				utc(now.plus(LOCKOUT)), key, limit);
		return jdbc.queryForObject("select failures from login_throttle where subject = ?", Integer.class, key);
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** Subjects are capped to the column's size; an email longer than an account can have never logs in anyway. */
	private static String subject(String subject) {
		return subject.length() > 300 ? subject.substring(0, 300) : subject;
	}

	private static String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
