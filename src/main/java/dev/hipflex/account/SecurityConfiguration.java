package dev.hipflex.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what: the guide, the exercises, routines and the recommended week are public; a runner's
 * own pages ({@code /account}, {@code /journal}, {@code /my}) need a login. Logging in happens on the
 * app's own page; CSRF protection is on for every form, and a new session id is issued at login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] RUNNER_PAGES = { AccountUrls.ACCOUNT, AccountUrls.ACCOUNT + "/**", "/journal", "/journal/**",
			"/my", "/my/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(RUNNER_PAGES)
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
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		return http.build();
	}

	/** bcrypt today, behind the delegating encoder so hashes can move to a stronger scheme later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
