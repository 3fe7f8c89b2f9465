package dev.hipflex;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Everything a runner has saved, read straight from the tables, to show that a request changed nothing. */
public final class RunnerData {

	private static final Map<String, String> QUERIES = new LinkedHashMap<>();

	static {
		QUERIES.put("account", "select * from account where id = ?");
		QUERIES.put("training_session", "select * from training_session where account_id = ? order by id");
		QUERIES.put("session_set", """
				select x.* from session_set x join training_session s on s.id = x.session_id
				where s.account_id = ? order by x.id""");
		QUERIES.put("week_plan", "select * from week_plan where owner_id = ? order by id");
		QUERIES.put("week_plan_day", """
				select d.* from week_plan_day d join week_plan w on w.id = d.week_plan_id
				where w.owner_id = ? order by d.id""");
		QUERIES.put("week_plan_item", """
				select i.* from week_plan_item i join week_plan_day d on d.id = i.week_plan_day_id
				join week_plan w on w.id = d.week_plan_id where w.owner_id = ? order by i.id""");
		QUERIES.put("routine", "select * from routine where owner_id = ? order by id");
		QUERIES.put("routine_entry", """
				select e.* from routine_entry e join routine r on r.id = e.routine_id
				where r.owner_id = ? order by e.id""");
		QUERIES.put("checklist_tick", "select * from checklist_tick where account_id = ? order by item_id, tick_date");
		QUERIES.put("training_pause", "select * from training_pause where account_id = ? order by id");
		QUERIES.put("checklist_day", "select * from checklist_day where account_id = ? order by day_date");
		QUERIES.put("week_reminder", "select * from week_reminder where account_id = ?");
		QUERIES.put("week_reminder_link", "select * from week_reminder_link where account_id = ? order by token_hash");
		QUERIES.put("guided_draft", "select * from guided_draft where account_id = ?");
		QUERIES.put("guided_draft_set", """
				select x.* from guided_draft_set x join guided_draft d on d.id = x.draft_id
				where d.account_id = ? order by x.position""");
		QUERIES.put("start_answers", "select * from start_answers where account_id = ?");
		QUERIES.put("share_link", "select * from share_link where account_id = ? order by id");
		QUERIES.put("plan_change", "select * from plan_change where account_id = ? order by id");
		QUERIES.put("progression_step", "select * from progression_step where account_id = ? order by id");
	}

	private RunnerData() {
	}

	/** The runner's rows in every table that holds a runner's data, table by table. */
	public static Map<String, Object> snapshot(JdbcTemplate jdbc, long accountId) {
		Map<String, Object> tables = new LinkedHashMap<>();
		QUERIES.forEach((table, query) -> tables.put(table, jdbc.queryForList(query, accountId)));
		return tables;
	}

	/** Rows of all runners together, for requests that could create a runner's rows anywhere. */
	public static Map<String, Integer> counts(JdbcTemplate jdbc) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : QUERIES.keySet()) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

}
