package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.List;

import dev.hipflex.journal.JournalChoices.ExerciseChoice;

/**
 * A page of the history: the filter, its rows, how many sessions match ({@code total}, exact when
 * {@code exact}, otherwise more than {@code total}), the number of pages (0 when not counted), whether older
 * sessions follow and what the filter form offers.
 */
public record HistoryPage(HistoryFilter filter, List<Row> rows, long total, boolean exact, int pages, boolean older,
		List<ExerciseChoice> exercises) {

	/** Whether the sessions take more than one page. */
	public boolean paged() {
		return older || filter.page() > 1;
	}

	/** A session as a row of the history; the sets are counted by the query. */
	public record Row(Long id, LocalDate date, String routineName, Long sets, Integer effort, Integer painDuring,
			Integer painNextMorning) {
	}

}
