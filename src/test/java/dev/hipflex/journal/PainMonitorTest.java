package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.hipflex.journal.PainMonitor.Advice;
import dev.hipflex.journal.PainMonitor.Morning;
import dev.hipflex.journal.PainMonitor.Reading;
import dev.hipflex.journal.PainMonitor.Signal;
import org.junit.jupiter.api.Test;

class PainMonitorTest {

	static final LocalDate PREVIOUS = LocalDate.of(2025, 5, 1);

	static final int NO_USUAL_PAIN = 0;

	final PainMonitor monitor = new PainMonitor();

	@Test
	void painUpToFiveDuringAndMorningsBackToTheUsualLevelAreQuiet() {
		assertThat(assess(5, 0, NO_USUAL_PAIN, 0).isQuiet()).isTrue();
		assertThat(assess(5, 2, 2, 2).isQuiet()).as("morning at the usual level, not higher than before").isTrue();
		assertThat(assess(0, 1, 3, 3).isQuiet()).as("morning below the usual level").isTrue();
		assertThat(assess(4, null, NO_USUAL_PAIN, 3).isQuiet()).as("morning pain not added yet").isTrue();
		assertThat(monitor.assess(new Reading(4, 0, NO_USUAL_PAIN, List.of())).isQuiet()).as("first session").isTrue();
	}

	@Test
	void painAboveFiveDuringTheSessionIsFlagged() {
		Advice advice = monitor.assess(new Reading(6, null, NO_USUAL_PAIN, List.of()));
		assertThat(advice.signals()).containsExactly(Signal.PAIN_DURING_ABOVE_LIMIT);
		assertThat(advice.isPainDuringAboveLimit()).isTrue();
		assertThat(advice.isMorningPainHigher()).isFalse();
		assertThat(advice.limit()).isEqualTo(5);
	}

	@Test
	void morningPainHigherThanAfterThePreviousSessionIsFlaggedEvenBelowTheUsualLevel() {
		Advice advice = assess(3, 4, 5, 3);
		assertThat(advice.signals()).containsExactly(Signal.MORNING_PAIN_HIGHER);
		assertThat(advice.reading().previousMorning()).isEqualTo(new Morning(PREVIOUS, 3));
	}

	@Test
	void morningPainAboveTheUsualLevelHasNotSettled() {
		// The first morning the runner records: nothing to compare with, so the old rule saw nothing here.
		Advice first = monitor.assess(new Reading(2, 1, NO_USUAL_PAIN, List.of()));
		assertThat(first.signals()).containsExactly(Signal.MORNING_PAIN_NOT_SETTLED);
		assertThat(first.isMorningPainNotSettled()).isTrue();
		assertThat(first.isMorningPainStaysUp()).isFalse();
		assertThat(first.morningsUp()).isEqualTo(1);
		assertThat(first.morningsUpSince()).isNull();

		// After a morning that had settled, it is also higher than that morning.
		assertThat(assess(2, 2, NO_USUAL_PAIN, 0).signals()).containsExactly(Signal.MORNING_PAIN_HIGHER,
				Signal.MORNING_PAIN_NOT_SETTLED);
	}

	@Test
	void morningPainAboveTheUsualLevelAfterTwoSessionsInARowStaysUp() {
		// The same morning pain twice: never "higher", so the old rule stayed quiet however long it went on.
		Advice advice = assess(3, 2, NO_USUAL_PAIN, 2);
		assertThat(advice.signals()).containsExactly(Signal.MORNING_PAIN_STAYS_UP);
		assertThat(advice.isMorningPainStaysUp()).isTrue();
		assertThat(advice.isMorningPainNotSettled()).isFalse();
		assertThat(advice.morningsUp()).isEqualTo(2);
		assertThat(advice.morningsUpSince()).isEqualTo(PREVIOUS);
	}

	@Test
	void theRunOfHighMorningsIsCountedBackToTheLastMorningThatSettled() {
		List<Morning> earlier = List.of(new Morning(PREVIOUS, 3), new Morning(PREVIOUS.minusDays(2), 1),
				new Morning(PREVIOUS.minusDays(4), 0), new Morning(PREVIOUS.minusDays(6), 5));
		Advice advice = monitor.assess(new Reading(1, 2, NO_USUAL_PAIN, earlier));
		assertThat(advice.signals()).containsExactly(Signal.MORNING_PAIN_STAYS_UP);
		assertThat(advice.morningsUp()).isEqualTo(3);
		assertThat(advice.morningsUpSince()).isEqualTo(PREVIOUS.minusDays(2));
	}

	@Test
	void aMorningBackAtTheUsualLevelEndsTheRun() {
		List<Morning> earlier = List.of(new Morning(PREVIOUS, 4), new Morning(PREVIOUS.minusDays(2), 4));
		Advice advice = monitor.assess(new Reading(2, 0, NO_USUAL_PAIN, earlier));
		assertThat(advice.isQuiet()).isTrue();
		assertThat(advice.morningsUp()).isZero();
	}

	@Test
	void theUsualLevelTheRunnerSetChangesTheOutcome() {
		List<Morning> earlier = List.of(new Morning(PREVIOUS, 3));
		assertThat(monitor.assess(new Reading(2, 3, 0, earlier)).signals())
			.containsExactly(Signal.MORNING_PAIN_STAYS_UP);
		assertThat(monitor.assess(new Reading(2, 3, 2, earlier)).signals())
			.containsExactly(Signal.MORNING_PAIN_STAYS_UP);
		assertThat(monitor.assess(new Reading(2, 3, 3, earlier)).isQuiet()).as("3 is this runner's usual morning")
			.isTrue();
		assertThat(monitor.assess(new Reading(2, 4, 3, earlier)).signals()).as("above 3, after a morning at 3")
			.containsExactly(Signal.MORNING_PAIN_HIGHER, Signal.MORNING_PAIN_NOT_SETTLED);
	}

	@Test
	void missingMorningValuesAreNeitherJudgedNorCountedAsSettled() {
		// No value for this session's morning: nothing to judge about it, whatever came before.
		Advice notYet = monitor.assess(new Reading(2, null, NO_USUAL_PAIN,
				List.of(new Morning(PREVIOUS, 4), new Morning(PREVIOUS.minusDays(2), 4))));
		assertThat(notYet.isQuiet()).isTrue();
		assertThat(notYet.morningsUp()).isZero();

		// Earlier sessions without a morning value are not in the list (JournalService reads only those that
		// have one), so a gap does not break the run: two mornings up, with a blank one between, still count.
		Advice acrossAGap = monitor.assess(new Reading(2, 3, NO_USUAL_PAIN, List.of(new Morning(PREVIOUS.minusDays(3), 3))));
		assertThat(acrossAGap.signals()).containsExactly(Signal.MORNING_PAIN_STAYS_UP);
		assertThat(acrossAGap.morningsUpSince()).isEqualTo(PREVIOUS.minusDays(3));
	}

	@Test
	void signalsCanComeTogether() {
		assertThat(assess(8, 5, NO_USUAL_PAIN, 1).signals()).containsExactly(Signal.PAIN_DURING_ABOVE_LIMIT,
				Signal.MORNING_PAIN_HIGHER, Signal.MORNING_PAIN_STAYS_UP);
	}

	/** A session after one previous session with a morning value. */
	private Advice assess(int painDuring, Integer painNextMorning, int usualPain, int previousMorning) {
		return monitor.assess(new Reading(painDuring, painNextMorning, usualPain,
				List.of(new Morning(PREVIOUS, previousMorning))));
	}

}
