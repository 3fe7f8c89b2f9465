package dev.hipflex.system;

/**
 * Whether text a runner typed can be stored as it is, in a {@code VARCHAR(n)} column, on both databases
 * HipFlex runs on. They count differently: H2 counts UTF-16 units (Java's {@code String.length()}), so an
 * emoji or a rare CJK character is two; PostgreSQL counts characters (code points), so it is one. Counting
 * UTF-16 units is the stricter of the two and fits both, so every length check of stored text uses it; the
 * messages still say "characters". PostgreSQL also refuses text with a NUL character, which H2 would keep.
 */
public final class StoredText {

	private StoredText() {
	}

	/** The text's length as the stricter database counts it. */
	public static int length(String text) {
		return text.length();
	}

	/** Whether the text fits a {@code VARCHAR(columnLength)} column on both databases; no text always does. */
	public static boolean fits(String text, int columnLength) {
		return text == null || length(text) <= columnLength;
	}

	/** Whether both databases can store the text at all: PostgreSQL takes no NUL character. */
	public static boolean storable(String text) {
		return text == null || text.indexOf('\u0000') < 0;
	}

}
