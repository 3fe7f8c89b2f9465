package dev.hipflex;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;

import dev.hipflex.account.HealthDataConsent;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test runners: creates accounts and logs requests in as them. */
public final class Runners {

	public static final String PASSWORD = "correct horse battery staple";

	private Runners() {
	}

	/** Registers a runner with a unique email and returns them as the principal of their requests. */
	public static CurrentRunner create(AccountService accounts, String name) {
		String email = name + "-" + java.util.UUID.randomUUID() + "@example.org";
		accounts.register(email, PASSWORD, HealthDataConsent.SIXTEEN_OR_OLDER);
		return (CurrentRunner) accounts.loadUserByUsername(email);
	}

	/** Makes a MockMvc request as the runner (add {@code csrf()} for a form post). */
	public static RequestPostProcessor as(CurrentRunner runner) {
		return SecurityMockMvcRequestPostProcessors.user(runner);
	}

}
