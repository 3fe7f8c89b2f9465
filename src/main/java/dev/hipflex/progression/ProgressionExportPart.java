package dev.hipflex.progression;

import java.io.IOException;
import java.util.List;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/** The next step's share of "Export everything": each suggestion the runner applied, by exercise id and rule. */
@Component
class ProgressionExportPart implements ExportPart {

	private final ProgressionStepRepository steps;

	ProgressionExportPart(ProgressionStepRepository steps) {
		this.steps = steps;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		List<ProgressionStep> applied = steps.findByAccountIdOrderByAppliedOnDescIdDesc(accountId);
		if (applied.isEmpty()) {
			return;
		}
		zip.add("next-steps.csv", out -> {
			try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
				.setHeader("applied_on", "rule", "action", "exercise_id", "previous_exercise_id").get())) {
				for (ProgressionStep step : applied) {
					csv.printRecord(step.getAppliedOn(), step.getRuleSlug(), step.getAction(), step.getExerciseId(),
							step.getPreviousExerciseId());
				}
			}
		});
	}

}
