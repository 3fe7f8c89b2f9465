package dev.hipflex.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's processing: while an account or an address is locked out, a login is
 * answered with the login page, status 429 and {@code Retry-After}, and the password is not checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** The request attribute that tells the login page how many seconds are left. */
	static final String RETRY_AFTER_SECONDS = LoginThrottleFilter.class.getName() + ".retryAfter";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod())
				|| !AccountUrls.LOGIN.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> refused = throttle.refusedFor(request.getParameter("email"), request.getRemoteAddr());
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, refused.get().toSeconds() + (refused.get().toMillisPart() > 0 ? 1 : 0));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		request.setAttribute(RETRY_AFTER_SECONDS, seconds);
		// The login page, as its GET shows it, with the wait added.
		request.getRequestDispatcher(AccountUrls.LOGIN).forward(new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return HttpMethod.GET.name();
			}
		}, response);
	}

}
