package dev.hipflex.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.hipflex.exercise.Dose;
import dev.hipflex.exercise.ExerciseType;
import org.junit.jupiter.api.Test;

class SessionTimeTest {

	@Test
	void strengthSetsCountRepsRestAndSetUp() {
		// 2 sets x 10 reps per side: 2 sets of (40 s + 5 s + 40 s), 1 rest of 60 s, 30 s set-up = 260 s -> 5 min.
		SessionTime.Minutes minutes = SessionTime
			.of(List.of(new SessionTime.Work(ExerciseType.STRENGTH, Dose.of(Dose.Unit.REPS, 2, 2, 10, 10, true))));

		assertThat(minutes).isEqualTo(new SessionTime.Minutes(5, 5));
		assertThat(minutes.isRange()).isFalse();
	}

	@Test
	void rangesGiveALowAndAHighEstimate() {
		// Low: 2 sets of (20 + 5 + 20) s + 1 x 15 s rest + 30 s = 135 s -> 3 min.
		// High: 4 sets of (30 + 5 + 30) s + 3 x 15 s rest + 30 s = 335 s -> 6 min.
		SessionTime.Minutes minutes = SessionTime
			.of(List.of(new SessionTime.Work(ExerciseType.STRETCH, Dose.of(Dose.Unit.HOLD, 2, 4, 20, 30, true))));

		assertThat(minutes).isEqualTo(new SessionTime.Minutes(3, 6));
	}

	@Test
	void addsUpASession() {
		SessionTime.Minutes minutes = SessionTime.of(List.of(
				new SessionTime.Work(ExerciseType.WARM_UP, Dose.of(Dose.Unit.TIME, 1, 1, 300, 600, false)),
				new SessionTime.Work(ExerciseType.WARM_UP, Dose.of(Dose.Unit.REPS, 1, 1, 10, 15, true))));

		// Low: (30 + 300) + (30 + 40 + 5 + 40) = 445 s -> 8 min; high: (30 + 600) + (30 + 60 + 5 + 60) = 785 s
		// -> 14 min.
		assertThat(minutes).isEqualTo(new SessionTime.Minutes(8, 14));
	}

	@Test
	void anEmptySessionTakesNoTime() {
		assertThat(SessionTime.of(List.of())).isEqualTo(new SessionTime.Minutes(0, 0));
	}

}
