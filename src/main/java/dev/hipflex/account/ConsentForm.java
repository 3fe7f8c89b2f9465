package dev.hipflex.account;

import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * The consent questions, asked at registration and, for accounts made before HipFlex asked, on the consent page:
 * the runner's age group (no date of birth), their consent to storing health data (a box of its own, ticked by
 * them), and for a runner under 16 that a parent or guardian agrees. Read as text, so any value a browser might
 * send is a message rather than a binding error.
 */
public class ConsentForm {

	static final String SIXTEEN_OR_OLDER = "16-or-older";

	static final String UNDER_SIXTEEN = "under-16";

	static final String TICKED = "true";

	private String age;

	private String healthDataConsent;

	private String guardianConsent;

	/** The consent the answers give, or empty after rejecting each missing answer on its field. */
	Optional<HealthDataConsent> read(Errors errors) {
		boolean under = UNDER_SIXTEEN.equals(age);
		if (!under && !SIXTEEN_OR_OLDER.equals(age)) {
			errors.rejectValue("age", "consent.age.required");
		}
		if (!TICKED.equals(healthDataConsent)) {
			errors.rejectValue("healthDataConsent", "consent.healthData.required");
		}
		if (under && !TICKED.equals(guardianConsent)) {
			errors.rejectValue("guardianConsent", "consent.guardian.required");
		}
		if (errors.hasFieldErrors("age") || errors.hasFieldErrors("healthDataConsent")
				|| errors.hasFieldErrors("guardianConsent")) {
			return Optional.empty();
		}
		return Optional.of(under ? HealthDataConsent.UNDER_SIXTEEN_WITH_A_GUARDIAN : HealthDataConsent.SIXTEEN_OR_OLDER);
	}

	public String getAge() {
		return age;
	}

	public void setAge(String age) {
		this.age = age;
	}

	public String getHealthDataConsent() {
		return healthDataConsent;
	}

	public void setHealthDataConsent(String healthDataConsent) {
		this.healthDataConsent = healthDataConsent;
	}

	public String getGuardianConsent() {
		return guardianConsent;
	}

	public void setGuardianConsent(String guardianConsent) {
		this.guardianConsent = guardianConsent;
	}

}
