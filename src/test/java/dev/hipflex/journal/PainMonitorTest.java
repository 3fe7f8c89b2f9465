package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import dev.hipflex.journal.PainMonitor.Reading;
import dev.hipflex.journal.PainMonitor.Signal;
import org.junit.jupiter.api.Test;

class PainMonitorTest {

	static final LocalDate PREVIOUS = LocalDate.of(2025, 5, 1);

	final PainMonitor monitor = new PainMonitor();

	@Test
	void painUpToFiveDuringAndMorningPainThatDoesNotRiseIsQuiet() {
		assertThat(monitor.assess(new Reading(5, 2, 2, PREVIOUS)).isQuiet()).isTrue();
		assertThat(monitor.assess(new Reading(0, 1, 3, PREVIOUS)).isQuiet()).isTrue();
		assertThat(monitor.assess(new Reading(4, null, 3, PREVIOUS)).isQuiet()).as("morning pain not added yet").isTrue();
		assertThat(monitor.assess(new Reading(4, 6, null, null)).isQuiet()).as("nothing to compare with").isTrue();
	}

	@Test
	void painAboveFiveDuringTheSessionIsFlagged() {
		PainMonitor.Advice advice = monitor.assess(new Reading(6, null, null, null));
		assertThat(advice.signals()).containsExactly(Signal.PAIN_DURING_ABOVE_LIMIT);
		assertThat(advice.isPainDuringAboveLimit()).isTrue();
		assertThat(advice.isMorningPainHigher()).isFalse();
		assertThat(advice.limit()).isEqualTo(5);
	}

	@Test
	void morningPainHigherThanAfterThePreviousSessionIsFlagged() {
		PainMonitor.Advice advice = monitor.assess(new Reading(3, 4, 3, PREVIOUS));
		assertThat(advice.signals()).containsExactly(Signal.MORNING_PAIN_HIGHER);
		assertThat(advice.reading().previousDate()).isEqualTo(PREVIOUS);
	}

	@Test
	void bothSignalsCanComeTogether() {
		assertThat(monitor.assess(new Reading(8, 5, 1, PREVIOUS)).signals())
			.containsExactly(Signal.PAIN_DURING_ABOVE_LIMIT, Signal.MORNING_PAIN_HIGHER);
	}

}
