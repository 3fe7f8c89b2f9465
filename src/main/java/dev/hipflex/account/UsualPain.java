package dev.hipflex.account;

/**
 * A runner's usual pain level: the hip or groin pain they have on an ordinary morning, on the journal's 0–10
 * pain scale, 0 until they set it. Only the runner sets it, on the account page: HipFlex never works it out
 * from their journal, because a level learned from the logs would creep up with pain that does not settle
 * and then hide it. The bounds are the database's CHECK ({@code V19__usual_pain_level.sql}).
 */
public final class UsualPain {

	public static final int MIN = 0;

	public static final int MAX = 10;

	/** Typed values are quoted back in the message; this keeps a pasted essay from filling the page. */
	static final int QUOTE_MAX_LENGTH = 40;

	private UsualPain() {
	}

	/** What was typed, read: the level, or the message key of the problem and its arguments. */
	public record Input(Integer level, String problem, Object... arguments) {

		public boolean isValid() {
			return level != null;
		}

	}

	/** Reads a whole number from {@link #MIN} to {@link #MAX}, spaces around it allowed. */
	public static Input read(String text) {
		return read(text, "account.usualPain.required", "account.usualPain.invalid");
	}

	/**
	 * Reads any level on the same 0–10 pain scale (the start screen's current pain too), with the message keys of
	 * a blank and of anything else.
	 */
	public static Input read(String text, String required, String invalid) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			return new Input(null, required);
		}
		if (typed.matches("[0-9]{1,2}")) {
			int level = Integer.parseInt(typed);
			if (level >= MIN && level <= MAX) {
				return new Input(level, null);
			}
		}
		String quoted = typed.length() > QUOTE_MAX_LENGTH ? typed.substring(0, QUOTE_MAX_LENGTH) + "…" : typed;
		return new Input(null, invalid, quoted);
	}

}
