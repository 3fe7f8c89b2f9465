package dev.hipflex.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** What "Forgot your password?" sends: the email of the account. */
public class ForgotPasswordForm {

	@NotBlank(message = "{account.email.required}")
	@Email(message = "{account.email.invalid}")
	private String email;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
