package dev.hipflex.journal;

import java.time.LocalDate;
import java.util.List;

import dev.hipflex.journal.JournalChoices.ExerciseChoice;

/** A page of the history: the filter, its rows, how many sessions match and what the filter form offers. */
public record HistoryPage(HistoryFilter filter, List<Row> rows, long total, int pages, List<ExerciseChoice> exercises) {

	/** A session as a row of the history; the sets are counted by the query. */
	public record Row(Long id, LocalDate date, String routineName, Long sets, Integer effort, Integer painDuring,
			Integer painNextMorning) {
	}

}
