package dev.hipflex.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * A runner's logins, one per browser: recorded in the session at login, listed on the account page, and
 * ended when the password changes, when the runner logs out everywhere else and when the account is
 * deleted. Ending works twice over: the sessions are ended in their store at once ({@link LoginSessions}),
 * and every login made before carries an older credential version, which {@link CredentialCheckFilter}
 * refuses, so a session the store did not find (made on another instance in the moment, or saved before
 * sessions were marked) is logged out on its next request all the same.
 */
@Service
class Logins implements SessionAuthenticationStrategy {

	private final LoginSessions sessions;

	private final CredentialVersions versions;

	private final AccountRepository accounts;

	private final Clock clock;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	Logins(LoginSessions sessions, CredentialVersions versions, AccountRepository accounts, Clock clock) {
		this.sessions = sessions;
		this.versions = versions;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A logged-in browser as the account page shows it; {@code at} is null when the login was not recorded. */
	record Shown(boolean current, ZonedDateTime at, ZonedDateTime lastActive, String device, Object[] deviceArguments) {
	}

	/** At login: marks the session with the account id, so its store finds it, and with a {@link Login}. */
	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		if (authentication.getPrincipal() instanceof CurrentRunner runner) {
			HttpSession session = request.getSession();
			session.setAttribute(LoginSessions.ACCOUNT_ID, runner.id().toString());
			session.setAttribute(Login.ATTRIBUTE, Login.of(clock.instant(), request.getHeader(HttpHeaders.USER_AGENT)));
			accounts.recordLogin(runner.id(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
	}

	/**
	 * After a new password was saved through a reset link: this browser is logged in to the account as a login
	 * would (marked, under a new session id) and every other login of it ends, as after a password change.
	 */
	void logInByResetLink(long accountId, HttpServletRequest request, HttpServletResponse response) {
		accounts.findById(accountId).map(CurrentRunner::of).ifPresent(runner -> {
			onAuthentication(UsernamePasswordAuthenticationToken.authenticated(runner, null, runner.getAuthorities()),
					request, response);
			keepOnlyThis(runner, request, response);
		});
	}

	/** The runner's logins, this browser's first, then the most recently active. */
	List<Shown> of(CurrentRunner runner, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		String currentId = current == null ? null : current.getId();
		List<LoginSessions.Stored> stored = new ArrayList<>(sessions.of(runner.id()));
		if (current != null && stored.stream().noneMatch(session -> session.id().equals(currentId))) {
			// A session from before logins were marked: still this browser.
			stored.add(new LoginSessions.Stored(currentId, (Login) current.getAttribute(Login.ATTRIBUTE),
					clock.instant()));
		}
		return stored.stream()
			.map(session -> shown(session, session.id().equals(currentId)))
			.sorted(Comparator.comparing(Shown::current).thenComparing(Shown::lastActive).reversed())
			.toList();
	}

	/**
	 * After the password has changed (and its credential version with it): ends every other login and keeps
	 * this one, under a new session id and with the new version.
	 */
	void keepOnlyThis(CurrentRunner runner, HttpServletRequest request, HttpServletResponse response) {
		versions.forget(runner.id());
		Optional<CurrentRunner> renewed = accounts.findById(runner.id()).map(CurrentRunner::of);
		if (renewed.isEmpty()) {
			return; // deleted in the meantime: the check logs this session out too
		}
		sessions.endAllBut(runner.id(), request.getSession().getId());
		request.changeSessionId();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(renewed.get(), null, renewed.get().getAuthorities()));
		holder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	void logOutEverywhereElse(CurrentRunner runner, HttpServletRequest request, HttpServletResponse response) {
		accounts.raiseCredentialVersion(runner.id());
		keepOnlyThis(runner, request, response);
	}

	/** After the account has been deleted: ends its other logins; the caller logs this one out. */
	void accountDeleted(long accountId, HttpServletRequest request) {
		versions.forget(accountId);
		HttpSession current = request.getSession(false);
		sessions.endAllBut(accountId, current == null ? null : current.getId());
	}

	private Shown shown(LoginSessions.Stored session, boolean current) {
		Login login = session.login();
		String browser = login == null ? null : login.browser();
		String system = login == null ? null : login.system();
		String device;
		Object[] arguments;
		if (browser != null && system != null) {
			device = "account.logins.device";
			arguments = new Object[] { browser, system };
		}
		else if (browser != null || system != null) {
			device = browser != null ? "account.logins.device.browser" : "account.logins.device.system";
			arguments = new Object[] { browser != null ? browser : system };
		}
		else {
			device = "account.logins.device.unknown";
			arguments = new Object[0];
		}
		return new Shown(current, login == null ? null : login.at().atZone(clock.getZone()),
				session.lastActive().atZone(clock.getZone()), device, arguments);
	}

}
