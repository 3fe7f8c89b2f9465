package dev.hipflex.account;

import java.util.Optional;

import dev.hipflex.account.AccountTokens.Purpose;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot your password?": a link by mail to the account's address, and a new password through it. Asking
 * answers the same for every email, in the same time: the request only counts the ask ({@link LoginThrottle})
 * and hands the rest (finding the account, making the token, sending) to {@link AccountMail#later}, so an
 * email with an account does no more on the request path than one without.
 */
@Service
class PasswordResets {

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final LoginThrottle throttle;

	private final AccountMail mail;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	PasswordResets(AccountRepository accounts, AccountTokens tokens, LoginThrottle throttle, AccountMail mail,
			PasswordEncoder passwords, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttle = throttle;
		this.mail = mail;
		this.passwords = passwords;
		this.transactions = transactions;
	}

	/**
	 * Sends a link to the email if an account has it; nothing otherwise. Either way, later.
	 * @throws TooManyAttemptsException after too many asks for the email or from the address
	 */
	void request(String email, String remoteAddress) {
		throttle.mailRequested(email, remoteAddress);
		String normalised = AccountService.normaliseEmail(email);
		mail.later("password reset", () -> accounts.findByEmail(normalised)
			.ifPresent(account -> mail.passwordReset(account.getEmail(),
					tokens.issue(account.getId(), Purpose.PASSWORD_RESET, null))));
	}

	/** Whether the link's token still works (for the form it opens; it is not used up). */
	boolean isLive(String token) {
		return tokens.find(token, Purpose.PASSWORD_RESET).isPresent();
	}

	/**
	 * Saves the new password (checked by the caller against {@link PasswordRules}) and uses the token up; the
	 * account's other logins end with its credential version. Empty if the token no longer works.
	 */
	Optional<Long> reset(String token, String newPassword) {
		String hash = passwords.encode(newPassword);
		return transactions.execute(status -> tokens.use(token, Purpose.PASSWORD_RESET).map(found -> {
			accounts.setPasswordHash(found.accountId(), hash);
			accounts.raiseCredentialVersion(found.accountId());
			return found.accountId();
		}));
	}

}
