package dev.hipflex.account;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A password check refused because the account or the address is locked out ({@link LoginThrottle}); the
 * password was not checked. An {@code AccountStatusException}, so Spring Security's {@code ProviderManager}
 * stops at it and asks no other provider (nor its parent) to check the password. Its event publisher maps
 * exceptions to failure events by their exact class, and this one has no mapping: a refusal publishes no
 * failure event, so {@link LoginThrottle} does not count it as a failure.
 */
public class TooManyAttemptsException extends LockedException {

	private final Duration retryAfter;

	TooManyAttemptsException(Duration retryAfter) {
		super("Too many failed password checks; retry after " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** Whole seconds until the lockout ends, rounded up: the {@code Retry-After} header's value. */
	public long retryAfterSeconds() {
		return Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
	}

	/** The wait as the message words it, rounded up to whole minutes. */
	public long retryAfterMinutes() {
		return (retryAfterSeconds() + 59) / 60;
	}

}
