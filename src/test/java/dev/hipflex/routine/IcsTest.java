package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IcsTest {

	@Test
	void escapesTextAsRfc5545Says() {
		assertThat(Ics.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
	}

	@Test
	void endsEveryLineWithCrlfAndFoldsAt75Octets() {
		String text = new Ics().text("DESCRIPTION", "Hip flexors ".repeat(20)).toString();

		assertThat(text).endsWith("\r\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Ics.MAX_OCTETS);
		}
		assertThat(text.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "Hip flexors ".repeat(20).strip() + " \r\n");
	}

	@Test
	void neverFoldsInsideAMultiByteCharacter() {
		String value = "×–ø".repeat(40);
		String text = new Ics().text("SUMMARY", value).toString();

		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Ics.MAX_OCTETS);
			assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
		}
		assertThat(text.replace("\r\n ", "").replace("\r\n", "")).isEqualTo("SUMMARY:" + value);
	}

	@Test
	void shortLinesAreLeftAlone() {
		assertThat(new Ics().property("VERSION", "2.0").toString()).isEqualTo("VERSION:2.0\r\n");
	}

}
