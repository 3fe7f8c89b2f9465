package dev.hipflex.account;

/** The addresses of the account pages. */
public final class AccountUrls {

	public static final String REGISTER = "/register";

	public static final String LOGIN = "/login";

	public static final String LOGOUT = "/logout";

	public static final String ACCOUNT = "/account";

	public static final String PASSWORD = ACCOUNT + "/password";

	public static final String DELETE = ACCOUNT + "/delete";

	public static final String USUAL_PAIN = ACCOUNT + "/usual-pain";

	public static final String TIME_ZONE = ACCOUNT + "/time-zone";

	public static final String LOG_OUT_ELSEWHERE = ACCOUNT + "/logout-elsewhere";

	public static final String EMAIL = ACCOUNT + "/email";

	/** Under {@link #ACCOUNT}: only the account that asked for the change can confirm it. */
	public static final String EMAIL_CONFIRM = EMAIL + "/confirm";

	/** "Export everything": the runner's data as one zip ({@code DataExport}). */
	public static final String EXPORT = ACCOUNT + "/export.zip";

	/** Consent to storing health data, for accounts made before registration asked for it ({@code ConsentGate}). */
	public static final String CONSENT = ACCOUNT + "/consent";

	public static final String PRIVACY = "/privacy";

	/** "Forgot your password?": asks for the email. */
	public static final String PASSWORD_RESET = "/password-reset";

	public static final String PASSWORD_RESET_SENT = PASSWORD_RESET + "/sent";

	/** The mailed link: a new password for the token's account. */
	public static final String PASSWORD_RESET_NEW = PASSWORD_RESET + "/new";

	private AccountUrls() {
	}

}
