package dev.hipflex.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

import dev.hipflex.system.CachePolicyFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may see what: the guide, the exercises, routines and the recommended week are public; a runner's
 * own pages ({@code /account}, {@code /journal}, {@code /my}) need a login. Logging in happens on the
 * app's own page; CSRF protection is on for every form, and a new session id is issued at login. Repeated
 * failed logins are slowed down and refused for a while ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] RUNNER_PAGES = { AccountUrls.ACCOUNT, AccountUrls.ACCOUNT + "/**", "/journal", "/journal/**",
			"/my", "/my/**" };

	/** The reminder mails' unsubscribe links (routine module's {@code RoutineUrls.REMINDER_UNSUBSCRIBE}). */
	static final String REMINDER_UNSUBSCRIBE = "/reminders/unsubscribe/*";

	/** Only the app's own files; no inline scripts or styles anywhere (templates have none). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, HeaderWriter securityHeaders,
			AccountService accounts, RunnerPages pages, Clock clock,
			@Value("${hipflex.runner-pages.kept:true}") boolean keepPages) throws Exception {
		// Inside authentication, so it holds for every request Spring Security takes as a login.
		http.authenticationProvider(new LoginThrottleProvider(throttle))
			.authorizeHttpRequests(requests -> requests.requestMatchers(RUNNER_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/checklist")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(login -> login.loginPage(AccountUrls.LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.failureHandler(loginFailure())
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout(logout -> logout.logoutUrl(AccountUrls.LOGOUT).logoutSuccessUrl(AccountUrls.LOGIN + "?loggedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.defaultsDisabled().addHeaderWriter(securityHeaders))
			// After the authorisation, so a visitor is sent to log in first.
			// A mail app's one-click unsubscribe (RFC 8058) POSTs without a session or CSRF token; the unguessable
			// token in the path is the proof, and it can only turn reminder mails off (docs/security.md).
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, REMINDER_UNSUBSCRIBE)))
			.addFilterAfter(new ConsentGate(accounts), AuthorizationFilter.class);
		if (keepPages) {
			// After every check a request passes before its page is made (docs/performance.md, "Fifth pass: a runner's pages kept").
			http.addFilterAfter(new RunnerPageCache(pages, clock), ConsentGate.class);
		}
		return http.build();
	}

	/** A refused login gets the login page with 429; a wrong email or password the page with its message. */
	private static AuthenticationFailureHandler loginFailure() {
		LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> handlers = new LinkedHashMap<>();
		handlers.put(TooManyAttemptsException.class, new TooManyAttemptsAnswer());
		return new DelegatingAuthenticationFailureHandler(handlers,
				new SimpleUrlAuthenticationFailureHandler(AccountUrls.LOGIN + "?error"));
	}

	/**
	 * The headers of every answer: Spring Security's defaults, the policies above, and {@code private, no-store}
	 * (caching is CachePolicyFilter's; what Spring Security answers itself, login and redirects, is private). The
	 * filter chain writes them; {@code system/ErrorHeaders} writes the same on the error pages and on the requests
	 * Tomcat refuses, which the chain's once-per-request filter does not see.
	 */
	@Bean
	HeaderWriter securityHeaders() {
		return new CompositeHeaderWriter(List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(),
				new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE), new HstsHeaderWriter(),
				new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
				new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
				new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY)));
	}

	/** bcrypt today, behind the delegating encoder so hashes can move to a stronger scheme later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
