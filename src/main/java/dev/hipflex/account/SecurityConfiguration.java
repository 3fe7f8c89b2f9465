package dev.hipflex.account;

import java.util.List;

import dev.hipflex.system.CachePolicyFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
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

	/** Only the app's own files; no inline scripts or styles anywhere (templates have none). */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, HeaderWriter securityHeaders)
			throws Exception {
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(RUNNER_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/checklist")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin(login -> login.loginPage(AccountUrls.LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.failureUrl(AccountUrls.LOGIN + "?error")
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout(logout -> logout.logoutUrl(AccountUrls.LOGOUT).logoutSuccessUrl(AccountUrls.LOGIN + "?loggedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.defaultsDisabled().addHeaderWriter(securityHeaders));
		return http.build();
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
