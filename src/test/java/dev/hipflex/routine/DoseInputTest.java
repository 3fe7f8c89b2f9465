package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.hipflex.exercise.Dose;
import org.junit.jupiter.api.Test;

class DoseInputTest {

	@Test
	void aSensibleDoseHasNoProblemsAndBecomesThatDose() {
		DoseInput input = new DoseInput(" 2 ", "3", "reps", "10", "15", true);

		assertThat(input.problems()).isEmpty();
		assertThat(input.dose()).isEqualTo(Dose.of(Dose.Unit.REPS, 2, 3, 10, 15, true));
	}

	@Test
	void theFormShowsADoseAsItIs() {
		DoseInput input = DoseInput.of(Dose.of(Dose.Unit.HOLD, 2, 2, 30, 45, false));

		assertThat(input).isEqualTo(new DoseInput("2", "2", "HOLD", "30", "45", false));
		assertThat(input.dose()).isEqualTo(Dose.of(Dose.Unit.HOLD, 2, 2, 30, 45, false));
	}

	@Test
	void setsMustBeWholeNumbersFromOneToTenWithTheLowestFirst() {
		assertThat(fields(new DoseInput("0", "3", "REPS", "10", "12", false))).containsExactly("setsMin");
		assertThat(fields(new DoseInput("-1", "3", "REPS", "10", "12", false))).containsExactly("setsMin");
		assertThat(fields(new DoseInput("2", "11", "REPS", "10", "12", false))).containsExactly("setsMax");
		assertThat(fields(new DoseInput("2.5", "3", "REPS", "10", "12", false))).containsExactly("setsMin");
		assertThat(fields(new DoseInput("", null, "REPS", "10", "12", false))).containsExactly("setsMin", "setsMax");
		assertThat(new DoseInput("3", "2", "REPS", "10", "12", false).problems())
			.extracting(DoseInput.Problem::messageKey).containsExactly("myweek.dose.error.setsOrder");
		assertThat(new DoseInput("0", "3", "REPS", "10", "12", false).problems().get(0).arguments()).containsExactly("10");
	}

	@Test
	void repetitionsGoUpToAHundredAndSecondsUpToAnHour() {
		assertThat(fields(new DoseInput("1", "1", "REPS", "100", "100", false))).isEmpty();
		assertThat(new DoseInput("1", "1", "REPS", "10", "101", false).problems()).singleElement()
			.satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("amountMax");
				assertThat(problem.messageKey()).isEqualTo("myweek.dose.error.amountMax.reps");
				assertThat(problem.arguments()).containsExactly("100");
			});
		assertThat(fields(new DoseInput("1", "1", "HOLD", "3600", "3600", false))).isEmpty();
		assertThat(new DoseInput("1", "1", "TIME", "60", "3601", false).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.arguments()).containsExactly("3600"));
		assertThat(new DoseInput("1", "1", "HOLD", "45", "30", false).problems())
			.extracting(DoseInput.Problem::messageKey).containsExactly("myweek.dose.error.amountOrder.seconds");
	}

	@Test
	void hugeNumbersAndWordsAreProblemsNotErrors() {
		assertThat(fields(new DoseInput("99999999999999999999", "2147483648", "REPS", "1e3", "0x10", false)))
			.containsExactly("setsMin", "setsMax", "amountMin", "amountMax");
		assertThat(fields(new DoseInput("two", "3", "REPS", "ten", "12", false))).containsExactly("setsMin", "amountMin");
	}

	@Test
	void theUnitMustBeOneOfTheThree() {
		assertThat(fields(new DoseInput("1", "1", "miles", "10", "10", false))).containsExactly("unit");
		assertThat(fields(new DoseInput("1", "1", null, "10", "10", false))).containsExactly("unit");
	}

	@Test
	void aDoseWithProblemsCannotBeMade() {
		assertThatThrownBy(() -> new DoseInput("0", "0", "REPS", "0", "0", false).dose())
			.isInstanceOf(IllegalStateException.class);
	}

	private static List<String> fields(DoseInput input) {
		return input.problems().stream().map(DoseInput.Problem::field).toList();
	}

}
