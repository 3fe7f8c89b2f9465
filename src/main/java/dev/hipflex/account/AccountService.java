package dev.hipflex.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import dev.hipflex.system.StoredText;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts, checks and changes passwords, deletes accounts; tells Spring Security who is who. */
@Service
public class AccountService implements UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordRules rules;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final TransactionTemplate transactions;

	private final AccountTokens tokens;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, PasswordRules rules, Clock clock,
			LoginThrottle throttle, TransactionTemplate transactions, AccountTokens tokens) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.rules = rules;
		this.clock = clock;
		this.throttle = throttle;
		this.transactions = transactions;
		this.tokens = tokens;
	}

	/** The longest email an account can have, as stored (the column's size). */
	public static final int EMAIL_MAX_LENGTH = 254;

	/**
	 * The email as it is stored and looked up: in lower case. No account's email holds a NUL character (it
	 * is not an email address); one typed at the login is replaced, as PostgreSQL can neither store nor
	 * compare it, so the login's lookups find no account instead of failing.
	 */
	public static String normaliseEmail(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT).replace('\u0000', '\uFFFD');
	}

	/**
	 * Whether the email, stored, fits its column: lower case can make it longer ("İ" becomes "i" and a
	 * combining dot), so the stored form is what is counted, as {@link StoredText} counts it.
	 */
	public static boolean emailFits(String email) {
		return StoredText.fits(normaliseEmail(email), EMAIL_MAX_LENGTH);
	}

	/**
	 * Creates an account, with the runner's consent to storing their health data given now, unless the email
	 * already has one. Either way the caller says the same thing, so the answer does not reveal which emails
	 * have accounts; the password is hashed either way so the time taken does not tell either.
	 */
	@Transactional
	public void register(String email, String password, HealthDataConsent consent) {
		String hash = passwords.encode(password);
		String normalised = normaliseEmail(email);
		if (accounts.existsByEmail(normalised)) {
			return;
		}
		try {
			accounts.save(new Account(normalised, hash, clock.instant(), consent));
		}
		catch (DataIntegrityViolationException ex) {
			// Registered at the same moment by another request: the same answer as above.
		}
	}

	/**
	 * Changes the password if the current one is right (checked as {@link #passwordMatches} checks it);
	 * returns the message key of the problem if not. Only the change itself is a transaction.
	 * @throws TooManyAttemptsException while the account or the address is locked out
	 */
	public Optional<String> changePassword(Long accountId, String currentPassword, String newPassword,
			String remoteAddress) {
		if (!passwordMatches(accountId, currentPassword, remoteAddress)) {
			return Optional.of("account.password.wrongCurrent");
		}
		Optional<String> problem = rules.problem(newPassword);
		if (problem.isPresent()) {
			return problem;
		}
		String hash = passwords.encode(newPassword);
		transactions.executeWithoutResult(status -> {
			accounts.setPasswordHash(accountId, hash);
			accounts.raiseCredentialVersion(accountId);
			// A reset link asked for before no longer fits the account's password.
			tokens.voidAll(accountId, AccountTokens.Purpose.PASSWORD_RESET);
		});
		return Optional.empty();
	}

	/**
	 * Whether the password is the runner's, checked as a login is ({@link LoginThrottle#check}): counted for
	 * the account and the address, and not checked at all while either is locked out. Not in a transaction,
	 * so that requests at the same moment see each other's counts.
	 * @throws TooManyAttemptsException while the account or the address is locked out
	 */
	public boolean passwordMatches(Long accountId, String password, String remoteAddress) {
		return accounts.findById(accountId)
			.map(account -> throttle.check(account.getEmail(), remoteAddress,
					() -> password != null && passwords.matches(password, account.getPasswordHash())))
			.orElse(false);
	}

	/** The runner's usual pain level ({@link UsualPain}): what the journal's pain check compares mornings with. */
	@Transactional(readOnly = true)
	public int usualPain(Long accountId) {
		return accounts.findById(accountId).map(Account::getUsualPain).orElse(UsualPain.MIN);
	}

	/** Sets the runner's usual pain level, from {@link UsualPain#MIN} to {@link UsualPain#MAX}. */
	@Transactional
	public void setUsualPain(Long accountId, int level) {
		if (level < UsualPain.MIN || level > UsualPain.MAX) {
			throw new IllegalArgumentException("usual pain " + level + " is not on the 0-10 scale");
		}
		accounts.setUsualPain(accountId, level);
	}

	/**
	 * Records consent given after registration, by an account made before HipFlex asked for it, now, in UTC.
	 * Returns false if the account had consented already (its first time stays).
	 */
	@Transactional
	public boolean giveConsent(Long accountId, HealthDataConsent consent) {
		return accounts.giveConsent(accountId, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
				consent == HealthDataConsent.UNDER_SIXTEEN_WITH_A_GUARDIAN) == 1;
	}

	/** Whether the account has consented to HipFlex storing health data (false once it is gone). */
	@Transactional(readOnly = true)
	public boolean hasConsented(Long accountId) {
		return accounts.countConsented(accountId) > 0;
	}

	/** The account as it is stored now; empty once it has been deleted, which a request already past the login check may find. */
	@Transactional(readOnly = true)
	public Optional<Account> account(Long accountId) {
		return accounts.findById(accountId);
	}

	/** Deletes the account and, through the database's cascades, everything the runner saved. */
	@Transactional
	public void delete(Long accountId) {
		accounts.deleteAccount(accountId);
	}

	/**
	 * Deletes an account nobody has used since {@code unusedSince} and whose runner was warned by {@code warnedBy}
	 * (both UTC), as {@link #delete} does; false if a login or another instance came first.
	 */
	@Transactional
	public boolean deleteUnused(Long accountId, LocalDateTime unusedSince, LocalDateTime warnedBy) {
		return accounts.deleteUnused(accountId, unusedSince, warnedBy) == 1;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(normaliseEmail(email))
			.map(CurrentRunner::of)
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
	}

}
