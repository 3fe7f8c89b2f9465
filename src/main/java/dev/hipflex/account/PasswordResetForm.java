package dev.hipflex.account;

/** What the new-password form of a reset link sends: the link's token, and the new password twice. */
public class PasswordResetForm {

	private String token;

	private String password;

	private String passwordRepeated;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordRepeated() {
		return passwordRepeated;
	}

	public void setPasswordRepeated(String passwordRepeated) {
		this.passwordRepeated = passwordRepeated;
	}

}
