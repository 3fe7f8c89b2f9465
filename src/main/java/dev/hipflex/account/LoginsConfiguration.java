package dev.hipflex.account;

import java.util.LinkedHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.session.InvalidSessionAccessDeniedHandler;
import org.springframework.security.web.session.SimpleRedirectInvalidSessionStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Where a runner's logins are kept and how the filter chain ends the ones no longer honoured ({@link Logins}). */
@Configuration(proxyBeanMethods = false)
class LoginsConfiguration {

	/** The browser sent the id of a session that is gone: ended, or timed out. */
	private static final RequestMatcher SESSION_ENDED = request -> request.getRequestedSessionId() != null
			&& !request.isRequestedSessionIdValid();

	/** Spring Session's repository when the postgres profile switches it on, else the servlet container's memory. */
	@Bean
	@Primary
	LoginSessions loginSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> springSession,
			ContainerLoginSessions container) {
		FindByIndexNameSessionRepository<? extends Session> repository = springSession.getIfAvailable();
		return repository == null ? container : new SpringLoginSessions(repository);
	}

	/**
	 * Spring Security applies this to the application's filter chain ({@code SecurityConfiguration}), as it
	 * does every {@code Customizer<HttpSecurity>} bean: a login marks its session, every request's login is
	 * checked, and a form posted from a session that has ended goes to the login page, as a runner's page does,
	 * rather than being refused for the CSRF token that ended with the session.
	 */
	@Bean
	Customizer<HttpSecurity> loginsSecurity(Logins logins, CredentialVersions versions) {
		return http -> http.sessionManagement(session -> session.addSessionAuthenticationStrategy(logins))
			.addFilterBefore(new CredentialCheckFilter(versions), AnonymousAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(toLoginWhenSessionEnded()));
	}

	/** Only a token missing because its session ended; every other refusal stays a 403. */
	private static AccessDeniedHandler toLoginWhenSessionEnded() {
		AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
		LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> byException = new LinkedHashMap<>();
		byException.put(MissingCsrfTokenException.class,
				new InvalidSessionAccessDeniedHandler(new SimpleRedirectInvalidSessionStrategy(AccountUrls.LOGIN)));
		LinkedHashMap<RequestMatcher, AccessDeniedHandler> byRequest = new LinkedHashMap<>();
		byRequest.put(SESSION_ENDED, new DelegatingAccessDeniedHandler(byException, refuse));
		return new RequestMatcherDelegatingAccessDeniedHandler(byRequest, refuse);
	}

}
