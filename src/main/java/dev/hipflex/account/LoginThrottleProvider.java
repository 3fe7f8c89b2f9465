package dev.hipflex.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The first provider of the login's authentication manager, so every request Spring Security takes as a
 * login (whatever the spelling of its address) passes here before any password is checked. It counts the
 * attempt ({@link LoginThrottle#attempt}) and abstains, so the password is checked by the manager's parent,
 * Spring Security's provider for {@link AccountService}; while the account or the address is locked out
 * it throws {@link TooManyAttemptsException} instead, which ends the authentication then and there. The
 * outcome reaches {@link LoginThrottle} as Spring Security's success and failure events.
 */
class LoginThrottleProvider implements AuthenticationProvider {

	private final LoginThrottle throttle;

	LoginThrottleProvider(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		throttle.attempt(authentication.getName(), LoginThrottle.remoteAddress(authentication));
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
