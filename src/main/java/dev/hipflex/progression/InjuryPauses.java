package dev.hipflex.progression;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The seam to the runner's pauses (issue 17, section 5): how many days ago their last injury pause ended, if they
 * had one. No suggestion to do more is made within the rule's days after it. {@link JournalInjuryPauses} reads the
 * journal's pauses; without any bean, {@link ProgressionService} reads none.
 */
public interface InjuryPauses {

	/** Days from the end of the runner's last injury pause to {@code today} (0 while one runs); empty if none. */
	OptionalInt daysSinceLastInjuryPause(long accountId, LocalDate today);

}
