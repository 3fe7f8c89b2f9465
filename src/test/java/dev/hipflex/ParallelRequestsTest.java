package dev.hipflex;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same form sent several times at once (a double click, a retrying client, two tabs), on the real server
 * with real threads: every answer is the one a single request gets or a 409 with a message, never a 500, and
 * the rows are as if the form had been sent once. The requests of a round start together behind a latch; a
 * race does not happen on every try, so each test plays several rounds, each with a runner of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelRequestsTest {

	private static final int AT_ONCE = 8;

	private static final int ROUNDS = 4;

	/** The routines planned in a runner's week, for {@code select ...}: the runner's id is its parameter. */
	private static final String WEEK_ITEMS = """
			from week_plan_item i join week_plan_day d on d.id = i.week_plan_day_id
			join week_plan w on w.id = d.week_plan_id where w.owner_id = ?""";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void ticksForTheSameDaySentAtOnceAreSavedOnce() throws Exception {
		List<Long> items = jdbc.queryForList("""
				select i.id from checklist_item i join checklist_group g on g.id = i.group_id
				where i.automatic is null and g.applies in ('RUN_DAY', 'WEEK') order by i.id""", Long.class);
		LocalDate today = LocalDate.now(clock);
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("checklist");
			List<String[]> form = form("date", today.toString(), "runDay", "true");
			items.forEach(item -> form.add(field("item", item.toString())));

			List<HttpResponse<String>> answers = atOnce(() -> runner.post("/checklist", form));

			assertAllRedirectTo(answers, "/checklist", round);
			assertThat(count("select count(*) from checklist_day where account_id = ?", runner.id())).isEqualTo(1);
			assertThat(jdbc.queryForList("select item_id from checklist_tick where account_id = ? order by item_id",
					Long.class, runner.id())).isEqualTo(items);
		}
	}

	@Test
	void aWeekItemRemovedSeveralTimesAtOnceIsRemovedOnceAndNoAnswerIsAnError() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("remove");
			runner.startWeek();
			int items = weekItems(runner.id());
			long item = jdbc.queryForObject("select min(i.id) " + WEEK_ITEMS, Long.class, runner.id());

			List<HttpResponse<String>> answers = atOnce(
					() -> runner.post("/my/week/items/" + item + "/remove", List.of()));

			// Those that came after the first had finished find no such item (404), as a repeat would.
			assertDoneOnce(answers, round, "no longer planned", 404);
			assertThat(weekItems(runner.id())).isEqualTo(items - 1);
		}
	}

	@Test
	void aRoutineAddedToADaySeveralTimesAtOnceIsPlannedOnce() throws Exception {
		long warmUp = jdbc.queryForObject("select id from routine where slug = 'dynamic-warm-up'", Long.class);
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("add");
			runner.post("/my/week", form("from", "scratch"));

			List<HttpResponse<String>> answers = atOnce(() -> runner.post("/my/week/days/wednesday/routines",
					form("routine", Long.toString(warmUp), "slot", "SESSION")));

			assertAllRedirectTo(answers, "/my/week#wednesday", round);
			assertThat(weekItems(runner.id())).isEqualTo(1);
		}
	}

	@Test
	void changesToATemplateSentAtOnceMakeOneCopyAndChangeItOnce() throws Exception {
		long template = jdbc.queryForObject("select id from routine where slug = 'hip-strength-a'", Long.class);
		int templateEntries = count("select count(*) from routine_entry where routine_id = ?", template);
		long exercise = jdbc.queryForObject("select id from exercise where slug = 'glute-bridge'", Long.class);
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("copy");
			runner.startWeek();
			int planned = count("select count(*) " + WEEK_ITEMS + " and i.routine_id = ?", runner.id(), template);

			List<HttpResponse<String>> answers = atOnce(() -> runner.post("/my/routines/" + template + "/entries",
					form("exercise", Long.toString(exercise))));

			assertDoneOnce(answers, round, "your own version of Hip strength A");
			List<Long> copies = jdbc.queryForList("select id from routine where owner_id = ?", Long.class, runner.id());
			assertThat(copies).as("one copy, none left over").hasSize(1);
			assertThat(count("select count(*) " + WEEK_ITEMS + " and i.routine_id = ?", runner.id(), copies.get(0)))
				.as("the copy is planned where the template was").isEqualTo(planned);
			assertThat(count("select count(*) from routine_entry where routine_id = ?", copies.get(0)))
				.as("the exercise added once").isEqualTo(templateEntries + 1);
		}
	}

	@Test
	void aLogFormSentEightTimesAtOnceSavesOneSessionAndEveryAnswerLeadsToIt() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("burst");
			List<String[]> form = runner.logForm("Double click");

			List<HttpResponse<String>> answers = atOnce(() -> runner.post("/journal", form));

			long session = jdbc.queryForObject("select max(id) from training_session where account_id = ?", Long.class,
					runner.id());
			assertAllRedirectTo(answers, "/journal/" + session, round);
			assertThat(sessions(runner.id())).isEqualTo(1);
			assertThat(count("select count(*) from session_set where session_id = ?", session)).isEqualTo(1);
		}
	}

	@Test
	void anEditSentEightTimesAtOnceIsSavedOnceAndEveryAnswerLeadsToTheSession() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("edit-burst");
			long session = runner.logSession("First");
			Document edit = Jsoup.parse(runner.browser.get("/journal/" + session + "/edit").body());
			List<String[]> form = fields(edit.selectFirst("form.journal-form"));
			form.removeIf(field -> field[0].equals("notes"));
			form.add(field("notes", "Changed once"));

			List<HttpResponse<String>> answers = atOnce(() -> runner.post("/journal/" + session, form));

			assertAllRedirectTo(answers, "/journal/" + session, round);
			assertThat(jdbc.queryForMap("select notes, version from training_session where id = ?", session))
				.containsEntry("NOTES", "Changed once").containsEntry("VERSION", 1);
		}
	}

	@Test
	void aSessionDeletedSeveralTimesAtOnceIsDeletedAndNoAnswerIsAnError() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("delete");
			long session = runner.logSession("To delete");

			List<HttpResponse<String>> answers = atOnce(() -> runner.post("/journal/" + session + "/delete", form()));

			assertThat(answers.stream().filter(answer -> answer.statusCode() == 302)).as("round %s", round)
				.isNotEmpty();
			assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(302, 404));
			assertThat(sessions(runner.id())).isZero();
		}
	}

	@Test
	void aFileImportedSeveralTimesAtOnceAddsItsSessionsOnce() throws Exception {
		LocalDate today = LocalDate.now(clock);
		String csv = "session,date,routine,effort,pain_during,pain_next_morning,notes,exercise,set,reps,hold_seconds,"
				+ "load_kg,band,side\r\n" + "1," + today.minusDays(2) + ",,5,2,,,glute-bridge,1,10,,,,BOTH\r\n" + "2,"
				+ today.minusDays(1) + ",,6,1,,Imported,glute-bridge,1,12,,,,BOTH\r\n";
		for (int round = 0; round < ROUNDS; round++) {
			Runner runner = runner("import");

			List<HttpResponse<String>> answers = atOnce(() -> runner.upload("/journal/import", csv));

			// One import at a time per runner: the others are either refused at once (429, try again) or,
			// reaching the instance after the first finished, skip what it imported.
			assertThat(answers.stream().filter(answer -> answer.statusCode() == 302)).as("round %s", round)
				.isNotEmpty()
				.allSatisfy(answer -> assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/journal"));
			assertThat(answers).allSatisfy(answer -> {
				if (answer.statusCode() != 302) {
					assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
					assertThat(answer.headers().firstValue("Retry-After")).isPresent();
				}
			});
			assertThat(sessions(runner.id())).isEqualTo(2);
		}
	}

	/** One answer is the change's redirect; the others are 409s saying why, or one of {@code alsoAllowed}. */
	private static void assertDoneOnce(List<HttpResponse<String>> answers, int round, String conflict,
			Integer... alsoAllowed) {
		assertThat(answers.stream().filter(answer -> answer.statusCode() == 302)).as("round %s", round).hasSize(1);
		assertThat(answers).allSatisfy(answer -> {
			if (answer.statusCode() == 409) {
				assertThat(main(answer)).contains(conflict);
			}
			else if (answer.statusCode() != 302) {
				assertThat(answer.statusCode()).as(answer.body()).isIn((Object[]) alsoAllowed);
			}
		});
	}

	private static void assertAllRedirectTo(List<HttpResponse<String>> answers, String path, int round) {
		assertThat(answers).as("round %s", round).allSatisfy(answer -> {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(path);
		});
	}

	/** Sends the request {@value #AT_ONCE} times from as many threads, all released by one latch. */
	private static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
		try {
			CountDownLatch ready = new CountDownLatch(AT_ONCE);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				sent.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return request.call();
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : sent) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Runner runner(String name) throws Exception {
		CurrentRunner runner = Runners.create(accounts, name);
		Browser browser = new Browser(port);
		assertThat(browser.logIn(runner.email(), Runners.PASSWORD)).isTrue();
		// Logging in gave the session a new CSRF token: read it from a page with a form.
		browser.get("/my/week");
		return new Runner(runner, browser);
	}

	/** A logged-in runner's browser. Forms may repeat a field (the checklist's ticks), so they are pairs. */
	private record Runner(CurrentRunner runner, Browser browser) {

		long id() {
			return runner.id();
		}

		HttpResponse<String> post(String path, List<String[]> form) throws Exception {
			List<String[]> fields = new ArrayList<>(form);
			fields.add(field("_csrf", browser.csrf()));
			String body = fields.stream()
				.map(field -> Browser.encode(Map.of(field[0], field[1])))
				.collect(Collectors.joining("&"));
			return browser.send(browser.request(path)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		/** Sends a file as the import form does. */
		HttpResponse<String> upload(String path, String csv) throws Exception {
			String boundary = "----hipflex" + System.nanoTime();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + browser.csrf()
					+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"journal.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
			return browser.send(browser.request(path)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		void startWeek() throws Exception {
			assertThat(post("/my/week", form("from", "recommended")).statusCode()).isEqualTo(302);
		}

		/** Logs a session through the log form; its id. */
		long logSession(String notes) throws Exception {
			HttpResponse<String> saved = post("/journal", logForm(notes));
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
			String location = saved.headers().firstValue("Location").orElseThrow();
			return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}

		/** The log form as the page renders it, with one set, effort, pain and a note typed in. */
		List<String[]> logForm(String notes) throws Exception {
			Document page = Jsoup.parse(browser.get("/journal/new?routine=").body());
			List<String[]> form = fields(page.selectFirst("form.journal-form"));
			form.removeIf(field -> List.of("sets[0].exercise", "sets[0].amount", "effort", "painDuring", "notes")
				.contains(field[0]));
			form.add(field("sets[0].exercise",
					page.select("select[name=sets[0].exercise] option").get(1).attr("value")));
			form.add(field("sets[0].amount", "12"));
			form.add(field("effort", "5"));
			form.add(field("painDuring", "1"));
			form.add(field("notes", notes));
			return form;
		}

	}

	/** What a browser sends for a form: its inputs, selected options and text areas (not its buttons). */
	private static List<String[]> fields(org.jsoup.nodes.Element form) {
		List<String[]> fields = new ArrayList<>();
		form.select("input[name]:not([name=_csrf]), textarea[name]").forEach(input -> {
			if (!input.attr("type").equals("radio") || input.hasAttr("checked")) {
				fields.add(field(input.attr("name"), input.is("textarea") ? input.text() : input.val()));
			}
		});
		form.select("select[name]").forEach(select -> {
			org.jsoup.nodes.Element chosen = select.selectFirst("option[selected]");
			fields.add(field(select.attr("name"), chosen == null ? select.select("option").first().val() : chosen.val()));
		});
		return fields;
	}

	/** A form of name and value pairs, which can be added to. */
	private static List<String[]> form(String... namesAndValues) {
		List<String[]> form = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(field(namesAndValues[i], namesAndValues[i + 1]));
		}
		return form;
	}

	private static String[] field(String name, String value) {
		return new String[] { name, value };
	}

	private static String main(HttpResponse<String> answer) {
		return Jsoup.parse(answer.body()).select("main").text();
	}

	private int count(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Integer.class, arguments);
	}

	private int sessions(long account) {
		return count("select count(*) from training_session where account_id = ?", account);
	}

	private int weekItems(long account) {
		return count("select count(*) " + WEEK_ITEMS, account);
	}

}
