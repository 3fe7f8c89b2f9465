package dev.hipflex.routine;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar (RFC 5545) content lines: text values escaped, lines ended with CRLF and folded so
 * no line is longer than 75 octets, never inside a UTF-8 character.
 */
final class Ics {

	static final int MAX_OCTETS = 75;

	private final StringBuilder out = new StringBuilder();

	/** A property whose value is written as it is (dates, rules, identifiers). */
	Ics property(String name, String value) {
		return line(name + ":" + value);
	}

	/** A property whose value is text, escaped as RFC 5545 section 3.3.11 says. */
	Ics text(String name, String value) {
		return line(name + ":" + escape(value));
	}

	/** Another writer's lines, already folded, after this one's. */
	Ics append(Ics other) {
		out.append(other.out);
		return this;
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	private Ics line(String line) {
		out.append(fold(line)).append("\r\n");
		return this;
	}

	static String fold(String line) {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
