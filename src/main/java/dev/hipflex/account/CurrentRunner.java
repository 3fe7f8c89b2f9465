package dev.hipflex.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in runner, as Spring Security keeps them in the session. Controllers take it with
 * {@code @AuthenticationPrincipal CurrentRunner runner} and pass {@link #id()} to services, which only
 * ever read and change that account's data. {@code credentialVersion} is the account's when the runner
 * logged in: once the account's moves on (or the account is gone), the login is no longer honoured
 * ({@link CredentialVersions}). Sessions saved before it existed read it as 0, the column's default.
 */
public record CurrentRunner(Long id, String email, String passwordHash, int credentialVersion)
		implements UserDetails, Serializable {

	static final List<GrantedAuthority> RUNNER = List.of(new SimpleGrantedAuthority("ROLE_RUNNER"));

	static CurrentRunner of(Account account) {
		return new CurrentRunner(account.getId(), account.getEmail(), account.getPasswordHash(),
				account.getCredentialVersion());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return RUNNER;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public String toString() {
		return "CurrentRunner[id=" + id + "]";
	}

}
