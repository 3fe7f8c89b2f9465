package dev.hipflex.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DoseTest {

	@Test
	void repetitionsPerSideAsRanges() {
		Dose.Text text = Dose.of(Dose.Unit.REPS, 2, 3, 10, 15, true).text();

		assertThat(text.messageKey()).isEqualTo("dose.reps.perSide");
		assertThat(text.arguments()).containsExactly("2–3", "10–15");
	}

	@Test
	void holdsWithExactNumbers() {
		Dose.Text text = Dose.of(Dose.Unit.HOLD, 2, 2, 30, 30, false).text();

		assertThat(text.messageKey()).isEqualTo("dose.hold");
		assertThat(text.arguments()).containsExactly("2", "30");
	}

	@Test
	void wholeMinutesOfTimedWorkAreGivenInMinutesAndASingleSetDropsTheSets() {
		Dose.Text text = Dose.of(Dose.Unit.TIME, 1, 1, 300, 600, false).text();

		assertThat(text.messageKey()).isEqualTo("dose.single.time.minutes");
		assertThat(text.arguments()).containsExactly("1", "5–10");
	}

	@Test
	void theMessageKeyIsTheSameWhateverTheMachinesLocale() {
		Locale machine = Locale.getDefault();
		try {
			// In Turkish, "I" lowers to a dotless "ı": "dose.tıme" has no message.
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			assertThat(Dose.of(Dose.Unit.TIME, 3, 3, 20, 30, false).text().messageKey()).isEqualTo("dose.time");
		}
		finally {
			Locale.setDefault(machine);
		}
	}

	@Test
	void shortTimedWorkStaysInSeconds() {
		Dose.Text text = Dose.of(Dose.Unit.TIME, 3, 3, 20, 30, false).text();

		assertThat(text.messageKey()).isEqualTo("dose.time");
		assertThat(text.arguments()).containsExactly("3", "20–30");
	}

	@Test
	void knowsItsUnitAndAmounts() {
		Dose dose = Dose.of(Dose.Unit.HOLD, 2, 4, 20, 30, true);

		assertThat(dose.getUnit()).isEqualTo(Dose.Unit.HOLD);
		assertThat(dose.getAmountMin()).isEqualTo(20);
		assertThat(dose.getAmountMax()).isEqualTo(30);
		assertThat(dose).isEqualTo(Dose.of(Dose.Unit.HOLD, 2, 4, 20, 30, true))
			.isNotEqualTo(Dose.of(Dose.Unit.REPS, 2, 4, 20, 30, true));
	}

}
