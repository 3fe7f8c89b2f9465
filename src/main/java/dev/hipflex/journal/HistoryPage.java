package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.List;

import dev.hipflex.journal.JournalChoices.ExerciseChoice;

/**
 * A page of the history: the filter, its rows, how many sessions match ({@code total}, exact when
 * {@code exact}, otherwise more than {@code total}), whether older sessions follow and what the filter form
 * offers.
 */
public record HistoryPage(HistoryFilter filter, List<Row> rows, long total, boolean exact, boolean older,
		List<ExerciseChoice> exercises) {

	/** The number of pages when the total is exact, otherwise 0 (not counted). */
	public int pages() {
		return exact ? pagesFor(total) : 0;
	}

	/** How many pages this many sessions take (at least one, for an empty journal). */
	static int pagesFor(long sessions) {
		return (int) Math.max(1, (sessions + HistoryFilter.PAGE_SIZE - 1) / HistoryFilter.PAGE_SIZE);
	}

	/** Whether the sessions take more than one page. */
	public boolean paged() {
		return older || filter.page() > 1;
	}

	/** A session as a row of the history; the sets are counted by the query. */
	public record Row(Long id, LocalDate date, String routineName, Long sets, Integer effort, Integer painDuring,
			Integer painNextMorning) {
	}

}
