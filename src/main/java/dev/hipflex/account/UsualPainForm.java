package dev.hipflex.account;

/** What the usual-pain form on the account page sends, as typed. */
public class UsualPainForm {

	private String usualPain;

	public String getUsualPain() {
		return usualPain;
	}

	public void setUsualPain(String usualPain) {
		this.usualPain = usualPain;
	}

}
