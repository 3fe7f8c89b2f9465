package dev.hipflex.start;

import java.io.IOException;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import dev.hipflex.guide.RedFlag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The start screen's share of "Export everything": the answers, one per line as question and answer (the usual
 * pain level is in the account's own file), and each red flag the runner said applies by its text.
 */
@Component
class StartExportPart implements ExportPart {

	private final StartService start;

	StartExportPart(StartService start) {
		this.start = start;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		Screening screening = start.screening(accountId).orElse(null);
		if (screening == null) {
			return;
		}
		zip.add("start-screen.csv", out -> {
			try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("question", "answer").get())) {
				csv.printRecord("answered_at", screening.answeredAt());
				csv.printRecord("current_pain", screening.currentPain());
				csv.printRecord("bone_stress_injury", screening.boneStressInjury());
				csv.printRecord("clinician_manages_plan", screening.clinicianManages());
				for (RedFlag flag : screening.redFlags()) {
					csv.printRecord("red_flag", flag.getText());
				}
			}
		});
	}

}
