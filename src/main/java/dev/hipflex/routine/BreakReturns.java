package dev.hipflex.routine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Whether a runner is in the first week back after a break, so the runner's week can show the easier doses. The
 * journal keeps the pauses and answers; the routine module defines the question, as the guide does with
 * {@code MuscleTraining}, because the journal already depends on the routines.
 */
public interface BreakReturns {

	/** The break the runner is coming back from, when today is in the first week after one long enough. */
	Optional<Return> returning(long accountId);

	/** A break from {@code pausedFrom} to {@code pausedUntil}; the easier doses apply until {@code easierUntil}. */
	record Return(LocalDate pausedFrom, LocalDate pausedUntil, LocalDate easierUntil) {

		public long days() {
			return ChronoUnit.DAYS.between(pausedFrom, pausedUntil) + 1;
		}

	}

}
