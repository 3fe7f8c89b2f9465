package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.Dose.Unit;
import org.junit.jupiter.api.Test;

/** The first week back's doses: the bottom of each range, or one set fewer where the sets are one number. */
class EasierDosesTest {

	@Test
	void rangesGoToTheirBottom() {
		assertThat(EasierDoses.easier(Dose.of(Unit.REPS, 2, 3, 10, 15, true)))
			.isEqualTo(Dose.of(Unit.REPS, 2, 2, 10, 10, true));
		assertThat(EasierDoses.easier(Dose.of(Unit.HOLD, 3, 4, 20, 30, false)))
			.isEqualTo(Dose.of(Unit.HOLD, 3, 3, 20, 20, false));
	}

	@Test
	void aFixedNumberOfSetsAboveOneLosesASetAndOneSetStaysOne() {
		assertThat(EasierDoses.easier(Dose.of(Unit.TIME, 3, 3, 20, 30, false)))
			.isEqualTo(Dose.of(Unit.TIME, 2, 2, 20, 20, false));
		Dose one = Dose.of(Unit.HOLD, 1, 1, 30, 30, false);
		assertThat(EasierDoses.easier(one)).isEqualTo(one);
	}

}
