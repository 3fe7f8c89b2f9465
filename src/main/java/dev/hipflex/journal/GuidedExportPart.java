package dev.hipflex.journal;

import java.io.IOException;
import java.util.Optional;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The unfinished guided session's share of "Export everything": {@code guided-draft.csv}, one row per set done
 * so far (one row with the set columns empty when none is), only when the runner has a draft.
 */
@Component
class GuidedExportPart implements ExportPart {

	static final String FILE = "guided-draft.csv";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader("routine", "date", "started_at", "next_step", "step", "exercise", "amount")
		.setRecordSeparator("\r\n")
		.get();

	private final GuidedSessions guided;

	private final JournalService journal;

	GuidedExportPart(GuidedSessions guided, JournalService journal) {
		this.guided = guided;
		this.journal = journal;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		Optional<GuidedDraft> found = guided.draftWithSets(accountId);
		if (found.isEmpty()) {
			return;
		}
		GuidedDraft draft = found.get();
		JournalChoices choices = journal.choices(accountId);
		zip.add(FILE, out -> {
			CSVPrinter csv = new CSVPrinter(out, FORMAT);
			String routine = CsvFormat.escape(draft.getRoutineName());
			if (draft.getSets().isEmpty()) {
				csv.printRecord(routine, draft.getSessionDate(), draft.getStartedAt(), draft.getStep(), null, null, null);
			}
			for (GuidedDraft.DoneSet set : draft.getSets()) {
				String exercise = choices.exercise(set.getExerciseId())
					.map(JournalChoices.ExerciseChoice::slug)
					.orElse(Long.toString(set.getExerciseId()));
				csv.printRecord(routine, draft.getSessionDate(), draft.getStartedAt(), draft.getStep(), set.getStep() + 1,
						CsvFormat.escape(exercise), set.getAmount());
			}
			csv.flush();
		});
	}

}
