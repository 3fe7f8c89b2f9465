package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import dev.hipflex.account.AccountService;
import dev.hipflex.journal.Journals;
import dev.hipflex.account.CurrentRunner;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A runner with something of everything: a week started from the recommended one, their own copy of a
 * routine (made by changing a dose), a journal session with a set, two sessions at the top of that routine's
 * first exercise's dose (so its next step can be applied), and a checklist tick; and the ids a
 * test needs to name them in addresses and forms; and a pending email change, with the token its link holds;
 * and an unfinished guided session of their routine ({@code draft}); and a share link for a clinician ({@code share})
 * and a change a clinician made through it ({@code change}).
 */
public record Fixture(CurrentRunner runner, long session, long routine, long entry, long item, long exercise,
		String emailToken, long draft, long pause, long share, LocalDate today, long change) {

	public static Fixture create(MockMvc mvc, JdbcTemplate jdbc, AccountService accounts, String name)
			throws Exception {
		CurrentRunner runner = Runners.create(accounts, name);
		long id = runner.id();
		send(mvc, runner, "/my/week", Map.of("from", "recommended"));
		long template = jdbc.queryForObject("""
				select min(i.routine_id) from week_plan_item i join week_plan_day d on d.id = i.week_plan_day_id
				join week_plan w on w.id = d.week_plan_id
				where w.owner_id = ? and exists (select 1 from routine_entry e where e.routine_id = i.routine_id)""",
				Long.class, id);
		long templateEntry = jdbc.queryForObject("select min(id) from routine_entry where routine_id = ?", Long.class,
				template);
		send(mvc, runner, "/my/routines/" + template + "/entries/" + templateEntry + "/dose",
				Map.of("setsMin", "3", "setsMax", "3", "unit", "REPS", "amountMin", "10", "amountMax", "12"));
		long routine = jdbc.queryForObject("select id from routine where owner_id = ?", Long.class, id);
		long entry = jdbc.queryForObject("select min(id) from routine_entry where routine_id = ?", Long.class, routine);
		long item = jdbc.queryForObject("""
				select min(i.id) from week_plan_item i join week_plan_day d on d.id = i.week_plan_day_id
				join week_plan w on w.id = d.week_plan_id where w.owner_id = ?""", Long.class, id);
		long session = Journals.insertSession(jdbc, id, LocalDate.of(2024, 5, 4), "Hip strength A", 5, 1, null,
				name + "'s session");
		Journals.insertSet(jdbc, session, jdbc.queryForObject("select min(id) from exercise", Long.class), 1, 10);
		// Two sessions at the top of the entry's dose (3 × 12), easy and pain-free: its next step can be applied.
		long entryExercise = jdbc.queryForObject("select exercise_id from routine_entry where id = ?", Long.class, entry);
		for (LocalDate day : java.util.List.of(LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 6))) {
			long atTheTop = Journals.insertSession(jdbc, id, day, "Hip strength A", 5, 0, 0, null);
			for (int set = 1; set <= 3; set++) {
				Journals.insertSet(jdbc, atTheTop, entryExercise, set, 12);
			}
		}
		long exercise = jdbc.queryForObject("select max(id) from exercise", Long.class);
		jdbc.update("insert into checklist_tick (account_id, item_id, tick_date) values (?, ?, ?)", id,
				jdbc.queryForObject("select min(id) from checklist_item", Long.class),
				java.sql.Date.valueOf(LocalDate.of(2024, 5, 4)));
		String emailToken = "fixture" + java.util.UUID.randomUUID().toString().replace("-", "");
		jdbc.update("""
				insert into account_token (account_id, purpose, token_hash, new_email, created_at, expires_at)
				values (?, 'EMAIL_CHANGE', ?, ?, timestamp '2000-01-01 00:00:00', timestamp '9999-12-31 00:00:00')""",
				id, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(emailToken.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
				"moved-" + emailToken + "@example.org");
		send(mvc, runner, "/journal/guided", Map.of("routine", Long.toString(routine)));
		long draft = jdbc.queryForObject("select id from guided_draft where account_id = ?", Long.class, id);
		// A pause running today (the application's clock), so it can be changed, ended early and deleted. An illness,
		// not an injury: after an injury pause the next step suggests no step up, and the matrix applies one.
		LocalDate today = LocalDate.now(mvc.getDispatcherServlet().getWebApplicationContext().getBean(Clock.class));
		jdbc.update("""
				insert into training_pause (account_id, starts_on, ends_on, reason, note, created_at)
				values (?, ?, ?, 'ILLNESS', ?, current_timestamp)""", id, today.minusDays(3), today.plusDays(3),
				name + "'s pause");
		long pause = jdbc.queryForObject("select id from training_pause where account_id = ?", Long.class, id);
		// A share link for a clinician, so it can be renewed and revoked, and its token printed on a clinic's handout.
		jdbc.update("""
				insert into share_link (account_id, label, token_hash, created_at, renewed_at, expires_at)
				values (?, ?, ?, current_timestamp, current_timestamp, timestamp '9999-12-31 00:00:00')""", id,
				name + "'s physio", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(shareToken(emailToken).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		long share = jdbc.queryForObject("select id from share_link where account_id = ?", Long.class, id);
		// A clinician's change of Sunday's note through a share link, so the runner can undo it (no test changes Sunday).
		jdbc.update("""
				insert into plan_change (account_id, author, changed_at, kind, day_of_week, note_before, note_after)
				values (?, ?, current_timestamp, 'NOTE', 7, ?, (select d.note from week_plan_day d
				join week_plan w on w.id = d.week_plan_id where w.owner_id = ? and d.day_of_week = 7))""", id,
				name + "'s physio", "Rest day", id);
		long change = jdbc.queryForObject("select id from plan_change where account_id = ?", Long.class, id);
		return new Fixture(runner, session, routine, entry, item, exercise, emailToken, draft, pause, share, today,
				change);
	}

	/** The share link's token, shaped as a real one (43 URL-safe characters). */
	public String shareToken() {
		return shareToken(emailToken);
	}

	private static String shareToken(String emailToken) {
		return ("share" + emailToken).substring(0, 43);
	}

	private static void send(MockMvc mvc, CurrentRunner runner, String url, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(Runners.as(runner)).with(csrf());
		form.forEach(request::param);
		assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(url).isEqualTo(302);
	}

}
