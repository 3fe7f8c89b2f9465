package dev.hipflex.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs out a session whose login is no longer honoured (the password changed since, the runner logged out
 * everywhere else, or the account is gone) and lets the request go on as a visitor's, so a runner's page
 * sends it to the login page as it would any visitor. It stands after the CSRF check, so a form posted
 * from such a session is refused for the login, not for a token its ended session no longer holds.
 */
class CredentialCheckFilter extends OncePerRequestFilter {

	private final CredentialVersions versions;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	CredentialCheckFilter(CredentialVersions versions) {
		this.versions = versions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentRunner runner
				&& !versions.honours(runner)) {
			logout.logout(request, response, authentication);
		}
		chain.doFilter(request, response);
	}

}
