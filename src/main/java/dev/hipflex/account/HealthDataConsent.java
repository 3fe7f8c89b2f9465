package dev.hipflex.account;

/**
 * A runner's explicit consent to HipFlex storing the health data they enter (pain and training logs are health
 * data, GDPR Article 9), given apart from anything else, and how old they said they were when they gave it: no
 * date of birth is asked or kept. A runner under 16 gives it with a parent or guardian (GDPR Article 8).
 * Withdrawing it is deleting the account.
 */
public enum HealthDataConsent {

	SIXTEEN_OR_OLDER, UNDER_SIXTEEN_WITH_A_GUARDIAN

}
