package dev.hipflex.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * How a refused password check is answered: status 429 with {@code Retry-After}. For a login (as the
 * failure handler of {@link TooManyAttemptsException}) the body is the login page, as its GET shows it,
 * with the wait added.
 */
class TooManyAttemptsAnswer implements AuthenticationFailureHandler {

	/** The request attribute that tells the login page how many minutes are left. */
	static final String RETRY_AFTER_MINUTES = TooManyAttemptsAnswer.class.getName() + ".retryAfterMinutes";

	static void status(HttpServletResponse response, TooManyAttemptsException refused) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		TooManyAttemptsException refused = (TooManyAttemptsException) exception;
		status(response, refused);
		request.setAttribute(RETRY_AFTER_MINUTES, refused.retryAfterMinutes());
		request.getRequestDispatcher(AccountUrls.LOGIN).forward(new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return HttpMethod.GET.name();
			}
		}, response);
	}

}
