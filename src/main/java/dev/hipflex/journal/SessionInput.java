package dev.hipflex.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A session as the runner entered it, checked: every value within {@link JournalLimits}, exercises and the
 * routine known. What {@link SessionFormReader} gives the service to save.
 */
public record SessionInput(LocalDate date, Long routineId, String routineName, int effort, int painDuring,
		Integer painNextMorning, String notes, List<SetInput> sets) {

	/** A set done: reps or hold seconds (one of them), a load or a band (at most one of them). */
	public record SetInput(long exerciseId, Integer reps, Integer holdSeconds, BigDecimal loadKg, String band,
			Side side) {
	}

}
