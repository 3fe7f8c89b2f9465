package dev.hipflex.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

import dev.hipflex.journal.Pauses;

import org.springframework.stereotype.Component;

/**
 * The runner's injury pauses as the next step reads them, from the journal's pauses: the days from the end of the
 * last one to today, 0 while one is running. The rule's limit (content, {@code no-progress-pause}) decides how long
 * no step up is suggested after it.
 */
@Component
class JournalInjuryPauses implements InjuryPauses {

	private final Pauses pauses;

	JournalInjuryPauses(Pauses pauses) {
		this.pauses = pauses;
	}

	@Override
	public OptionalInt daysSinceLastInjuryPause(long accountId, LocalDate today) {
		return pauses.lastInjuryPauseEnd(accountId)
			.map(end -> OptionalInt.of((int) Math.max(0, ChronoUnit.DAYS.between(end, today))))
			.orElse(OptionalInt.empty());
	}

}
