package dev.hipflex.account;

import java.util.Optional;

import dev.hipflex.account.AccountTokens.Purpose;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changing an account's email: the new address gets a link, and until the runner follows it (logged in as the
 * account, so a mistyped address's owner cannot take it), the old address stays the login. Then the old address
 * gets a notice. Logins are tracked by account id, so every browser stays logged in through the change.
 */
@Service
class EmailChanges {

	/** What confirming did. */
	enum Confirmed {

		CHANGED, LINK_DEAD, TAKEN

	}

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final AccountTokens tokens;

	private final LoginThrottle throttle;

	private final AccountMail mail;

	private final TransactionTemplate transactions;

	EmailChanges(AccountRepository accounts, AccountService accountService, AccountTokens tokens,
			LoginThrottle throttle, AccountMail mail, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.tokens = tokens;
		this.throttle = throttle;
		this.mail = mail;
		this.transactions = transactions;
	}

	/**
	 * Checks the password as a login does, counts the mail against the new address, and later sends it the link,
	 * or, if it has an account of its own, a notice that nothing changed (the page says the same either way).
	 * Returns the message key of the problem with the password, if any.
	 * @throws TooManyAttemptsException while password checks or mails to the address are paused
	 */
	Optional<String> request(long accountId, String newEmail, String password, String remoteAddress) {
		if (!accountService.passwordMatches(accountId, password, remoteAddress)) {
			return Optional.of("account.email.wrongPassword");
		}
		throttle.mailRequested(newEmail, remoteAddress);
		String normalised = AccountService.normaliseEmail(newEmail);
		mail.later("email change", () -> {
			if (accounts.existsByEmail(normalised)) {
				mail.emailTaken(normalised);
			}
			else {
				mail.confirmEmail(normalised, tokens.issue(accountId, Purpose.EMAIL_CHANGE, normalised));
			}
		});
		return Optional.empty();
	}

	/** The address the link moves the account to, while it works and is the account's. */
	Optional<String> confirmable(long accountId, String token) {
		return tokens.find(token, Purpose.EMAIL_CHANGE)
			.filter(found -> found.accountId() == accountId)
			.map(AccountTokens.Found::newEmail);
	}

	/** The address the account waits to move to, if a link is out. */
	Optional<String> pending(long accountId) {
		return tokens.pendingEmail(accountId);
	}

	/**
	 * Moves the account to the link's address and uses the link up; voids every other link of the account (a
	 * reset link sent to the old address must not outlive it), and later tells the old address.
	 */
	Confirmed confirm(long accountId, String token) {
		if (confirmable(accountId, token).isEmpty()) {
			return Confirmed.LINK_DEAD;
		}
		String[] old = new String[1];
		Optional<String> moved;
		try {
			moved = transactions.execute(status -> tokens.use(token, Purpose.EMAIL_CHANGE).map(found -> {
				old[0] = accounts.findById(accountId).orElseThrow().getEmail();
				accounts.changeEmail(accountId, found.newEmail());
				tokens.voidAll(accountId, Purpose.PASSWORD_RESET);
				return found.newEmail();
			}));
		}
		catch (DataIntegrityViolationException taken) {
			// Registered by someone else since the link was sent: rolled back, so the link still works.
			return Confirmed.TAKEN;
		}
		if (moved.isEmpty()) {
			return Confirmed.LINK_DEAD;
		}
		mail.later("email changed", () -> mail.emailChanged(old[0], moved.get()));
		return Confirmed.CHANGED;
	}

}
