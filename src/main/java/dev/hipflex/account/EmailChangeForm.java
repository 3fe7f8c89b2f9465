package dev.hipflex.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** What the change-email form of the account page sends: the new address and the current password. */
public class EmailChangeForm {

	@NotBlank(message = "{account.email.required}")
	@Email(message = "{account.email.invalid}")
	private String newEmail;

	private String password;

	public String getNewEmail() {
		return newEmail;
	}

	public void setNewEmail(String newEmail) {
		this.newEmail = newEmail;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
