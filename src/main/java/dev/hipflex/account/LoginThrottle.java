package dev.hipflex.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Slows down and then refuses guessing passwords, at the login and wherever a logged-in runner types their
 * password again. Attempts are counted per account (the normalised email, whether or not an account has it,
 * so the answer reveals nothing) and per client address: from the {@value #SLOW_AFTER}th failure of an
 * account within {@link #WINDOW} each further failure is answered a little later, and after
 * {@value #ACCOUNT_LIMIT} failures for an account or {@value #ADDRESS_LIMIT} from an address every attempt
 * is refused for {@link #LOCKOUT} without checking the password. A success clears the account's count.
 * <p>
 * An attempt is counted before its password is checked ({@link #attempt}) and taken back if the password
 * was right ({@link #succeeded}), so attempts sent at the same moment cannot check more passwords than the
 * limits allow. The counts live in the database ({@code login_throttle}), so several instances of the
 * application share them. Each statement commits on its own, which is why an attempt may not be counted
 * inside a transaction: other requests must see the count before the password is checked. Its times are
 * stored in UTC: in local time the hour repeated when daylight saving time ends would compare wrongly, and a
 * lock written just before the clocks go back ended at once.
 */
@Service
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final int SLOW_AFTER = 3;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCKOUT = Duration.ofMinutes(15);

	/**
	 * Mails a visitor can ask for (a password reset link, an email change's link) within {@link #WINDOW}: to one
	 * address, and from one client address. Then asking is refused for {@link #LOCKOUT}.
	 */
	static final int MAIL_LIMIT = 3;

	static final int MAIL_ADDRESS_LIMIT = 10;

	/**
	 * Secret links a client address may try (a clinician's share link) within {@link #WINDOW}: a link that opens
	 * is taken back, so only wrong ones count. Then every link from the address is refused for {@link #LOCKOUT}.
	 */
	static final int SHARE_ADDRESS_LIMIT = 10;

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
		return subject("account:" + AccountService.normaliseEmail(email));
	}

	static String address(String remoteAddress) {
		return subject("address:" + (remoteAddress == null ? "" : remoteAddress));
	}

	/**
	 * Counts an attempt to check a password, before it is checked.
	 * @throws TooManyAttemptsException while the account or the address is locked out (nothing is counted)
	 */
	public void attempt(String email, String remoteAddress) {
		count(account(email), ACCOUNT_LIMIT, address(remoteAddress), ADDRESS_LIMIT);
	}

	/**
	 * Counts a request for a mail to the email (whether or not an account has it, so the answer reveals nothing),
	 * on counts of its own: asking for mails never locks the login, and failed logins never stop a reset.
	 * @throws TooManyAttemptsException after {@value #MAIL_LIMIT} requests for the email or
	 * {@value #MAIL_ADDRESS_LIMIT} from the address within {@link #WINDOW} (nothing is counted)
	 */
	public void mailRequested(String email, String remoteAddress) {
		forgetOld(clock.instant());
		count(subject("mail:" + AccountService.normaliseEmail(email)), MAIL_LIMIT,
				subject("mail-address:" + (remoteAddress == null ? "" : remoteAddress)), MAIL_ADDRESS_LIMIT);
	}

	/**
	 * Opens a secret link for a client address, as a login checks a password: the try is counted before
	 * {@code open} looks the link up and taken back when it found something, so only wrong links add up, and
	 * links tried at the same moment cannot look up more than the limit allows.
	 * @throws TooManyAttemptsException after {@value #SHARE_ADDRESS_LIMIT} wrong links from the address within
	 * {@link #WINDOW} ({@code open} is not called)
	 */
	public <T> Optional<T> linkOpened(String remoteAddress, Supplier<Optional<T>> open) {
		Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
				"attempts are counted outside transactions, so that other requests see them at once");
		Instant now = clock.instant();
		forgetOld(now);
		String address = subject("link-address:" + (remoteAddress == null ? "" : remoteAddress));
		if (!reserve(address, SHARE_ADDRESS_LIMIT, now)) {
			throw refused(address, address, now);
		}
		Optional<T> found = open.get();
		if (found.isPresent()) {
			release(address, SHARE_ADDRESS_LIMIT);
		}
		return found;
	}

	private void count(String account, int accountLimit, String address, int addressLimit) {
		Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
				"attempts are counted outside transactions, so that other requests see them at once");
		Instant now = clock.instant();
		if (!reserve(account, accountLimit, now)) {
			throw refused(account, address, now);
		}
		if (!reserve(address, addressLimit, now)) {
			release(account, accountLimit);
			throw refused(account, address, now);
		}
	}

	/** The password of a counted attempt was wrong: returns how long to hold the answer back (zero for the first few). */
	public Duration failed(String email) {
		forgetOld(clock.instant());
		Integer failures = jdbc.query("select failures from login_throttle where subject = ?",
				rows -> rows.next() ? rows.getInt(1) : null, account(email));
		if (failures == null || failures < SLOW_AFTER || failures >= ACCOUNT_LIMIT) {
			return Duration.ZERO;
		}
		Duration delay = STEP.multipliedBy(failures - SLOW_AFTER + 1L);
		return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
	}

	/** Deletes the counts whose window and lockout are over. */
	private void forgetOld(Instant now) {
		jdbc.update("delete from login_throttle where first_failure_at < ? and (locked_until is null or locked_until < ?)",
				utc(now.minus(WINDOW)), utc(now));
	}

	/** The password of a counted attempt was right: the account starts afresh, and the address's count is taken back. */
	public void succeeded(String email, String remoteAddress) {
		jdbc.update("delete from login_throttle where subject = ?", account(email));
		release(address(remoteAddress), ADDRESS_LIMIT);
	}

	/**
	 * Checks a logged-in runner's password (to change it, or to delete the account) as a login is checked,
	 * on the same counts: refused while locked out, without calling {@code check}; a wrong one counted and,
	 * from the {@value #SLOW_AFTER}th, answered later.
	 * @throws TooManyAttemptsException while the account or the address is locked out
	 */
	public boolean check(String email, String remoteAddress, BooleanSupplier check) {
		attempt(email, remoteAddress);
		if (check.getAsBoolean()) {
			succeeded(email, remoteAddress);
			return true;
		}
		pause(failed(email));
		return false;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		pause(failed(event.getAuthentication().getName()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
	}

	static String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	/**
	 * Counts one more attempt for the subject unless it is locked out; false if it is. The count starts again
	 * once its window is over, and the attempt that reaches the limit locks the subject, before its password
	 * is checked. Each update is one statement, which the database applies to the row one at a time, so
	 * attempts at the same moment, on one instance or several, each get their own count.
	 */
	private boolean reserve(String subject, int limit, Instant now) {
		LocalDateTime at = utc(now);
		LocalDateTime windowStart = utc(now.minus(WINDOW));
		String increment = """
				update login_throttle set
				  failures = case when first_failure_at < ? then 1 else failures + 1 end,
				  first_failure_at = case when first_failure_at < ? then ? else first_failure_at end,
				  locked_until = case when (case when first_failure_at < ? then 1 else failures + 1 end) >= ?
				    then cast(? as timestamp) else null end
				where subject = ? and (locked_until is null or locked_until <= ?)""";
		for (int round = 0; round < 3; round++) {
			if (jdbc.update(increment, windowStart, windowStart, at, windowStart, limit,
					utc(now.plus(LOCKOUT)), subject, at) == 1) {
				return true;
			}
			if (isLocked(subject, now)) {
				return false;
			}
			try {
				jdbc.update("insert into login_throttle (subject, failures, first_failure_at) values (?, 1, ?)", subject,
						at);
				return true;
			}
			catch (DuplicateKeyException ex) {
				// Inserted by an attempt at the same moment: count on its row.
			}
		}
		return false;
	}

	/** Takes one attempt back, and the lockout with it when the count falls below the limit. */
	private void release(String subject, int limit) {
		for (int round = 0; round < 3; round++) {
			if (jdbc.update("""
					update login_throttle set failures = failures - 1,
					  locked_until = case when failures - 1 < ? then null else locked_until end
					where subject = ? and failures > 1""", limit, subject) == 1
					|| jdbc.update("delete from login_throttle where subject = ? and failures = 1", subject) == 1) {
				return;
			}
		}
	}

	private TooManyAttemptsException refused(String account, String address, Instant now) {
		LocalDateTime until = jdbc.queryForObject(
				"select max(locked_until) from login_throttle where subject in (?, ?) and locked_until > ?",
				LocalDateTime.class, account, address, utc(now));
		return new TooManyAttemptsException(
				until == null ? Duration.ZERO : Duration.between(now, until.toInstant(ZoneOffset.UTC)));
	}

	private boolean isLocked(String subject, Instant now) {
		return jdbc.queryForObject("select count(*) from login_throttle where subject = ? and locked_until > ?",
				Integer.class, subject, utc(now)) > 0;
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static void pause(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Subjects are capped to the column's size; an email longer than an account can have never logs in anyway. */
	private static String subject(String subject) {
		return subject.length() > 300 ? subject.substring(0, 300) : subject;
	}

}
