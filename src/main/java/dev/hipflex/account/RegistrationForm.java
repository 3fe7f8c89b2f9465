package dev.hipflex.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * What the registration page sends. The password's own rules are checked by {@link PasswordRules}, the
 * email's length as stored by {@link AccountService#emailFits}, the consent by {@link ConsentForm}.
 */
public class RegistrationForm extends ConsentForm {

	@NotBlank(message = "{account.email.required}")
	@Email(message = "{account.email.invalid}")
	private String email;

	private String password;

	private String passwordRepeated;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
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
