package dev.hipflex.checklist;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.hipflex.account.ExportPart;
import dev.hipflex.account.ExportZip;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The checklist's share of "Export everything": each tick (the day and the item), and each day the runner said
 * was or was not a run day, as CSV.
 */
@Component
class ChecklistExportPart implements ExportPart {

	private final JdbcTemplate jdbc;

	ChecklistExportPart(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addTo(ExportZip zip, long accountId) throws IOException {
		List<Map<String, Object>> ticks = jdbc.queryForList("""
				select t.tick_date, i.slug, i.text from checklist_tick t join checklist_item i on i.id = t.item_id
				where t.account_id = ? order by t.tick_date, i.position""", accountId);
		zip.add("checklist-ticks.csv", out -> {
			try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("date", "item", "text").get())) {
				for (Map<String, Object> tick : ticks) {
					csv.printRecord(tick.get("tick_date"), tick.get("slug"), tick.get("text"));
				}
			}
		});
		List<Map<String, Object>> days = jdbc.queryForList(
				"select day_date, run_day from checklist_day where account_id = ? order by day_date", accountId);
		zip.add("checklist-days.csv", out -> {
			try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("date", "run_day").get())) {
				for (Map<String, Object> day : days) {
					csv.printRecord(day.get("day_date"), day.get("run_day"));
				}
			}
		});
	}

}
