package dev.hipflex.account;

/** What the change-password form sends. */
public class PasswordChangeForm {

	private String currentPassword;

	private String newPassword;

	private String newPasswordRepeated;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getNewPasswordRepeated() {
		return newPasswordRepeated;
	}

	public void setNewPasswordRepeated(String newPasswordRepeated) {
		this.newPasswordRepeated = newPasswordRepeated;
	}

}
