package dev.hipflex.routine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The changes a clinician made to the week through a share link, and not undone ({@code plan-changes.json}): who
 * (the link's name), when, and what was before and after.
 */
@Component
class PlanChangeExportPart implements ExportPart {

	private final PlanChanges changes;

	private final JsonMapper json;

	PlanChangeExportPart(PlanChanges changes, JsonMapper json) {
		this.changes = changes;
		this.json = json;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		List<PlanChanges.Change> all = changes.of(accountId);
		if (all.isEmpty()) {
			return;
		}
		List<Map<String, Object>> document = all.stream().map(change -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("by", change.author());
			row.put("at", change.at().toOffsetDateTime().toString());
			row.put("kind", change.kind().name());
			if (change.kind() == PlanChanges.Kind.NOTE) {
				row.put("day", change.day().name());
				row.put("noteBefore", change.noteBefore());
				row.put("noteAfter", change.noteAfter());
			}
			else {
				row.put("exerciseBefore", change.exerciseBefore());
				row.put("exerciseAfter", change.exerciseAfter());
				row.put("doseBefore", PlanChanges.text(change.doseBefore()));
				row.put("doseAfter", PlanChanges.text(change.doseAfter()));
			}
			return row;
		}).toList();
		zip.add("plan-changes.json", out -> json.writerWithDefaultPrettyPrinter().writeValue(out, document));
	}

}
