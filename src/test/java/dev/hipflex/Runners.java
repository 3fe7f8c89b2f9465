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

	/** A form's fields from name, value pairs (a name may come again, as a group of check boxes sends it). */
	public static org.springframework.util.MultiValueMap<String, String> form(String... pairs) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	/** Makes a MockMvc request as the runner (add {@code csrf()} for a form post). */
	public static RequestPostProcessor as(CurrentRunner runner) {
		return SecurityMockMvcRequestPostProcessors.user(runner);
	}

}
