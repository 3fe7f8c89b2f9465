package dev.hipflex.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.hipflex.Browser;
import dev.hipflex.Runners;
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
 * The guided session's draft is kept on the server, not in the browser: a runner who closes the browser half
 * way finds it again after logging in anew, and finishes it. "Done" sent many times at once records one set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuidedDraftSurvivesTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDraftSurvivesClosingTheBrowserAndIsFinishedFromANewLogin() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "guided-closed");
		Browser phone = loggedIn(runner);
		phone.get("/journal/guided");
		HttpResponse<String> started = phone.post("/journal/guided",
				Map.of("routine", Long.toString(Journals.routineId(jdbc, "hip-strength-a"))));
		String draft = started.headers().firstValue("Location").orElseThrow();
		assertThat(draft).matches(".*/journal/guided/\\d+");
		String path = draft.substring(draft.indexOf("/journal/"));
		phone.get(path);
		assertThat(phone.post(path, Map.of("step", "0", "action", "done", "amount", "11")).statusCode()).isEqualTo(302);
		phone.get(path);
		assertThat(phone.post(path, Map.of("step", "1", "action", "done", "amount", "9")).statusCode()).isEqualTo(302);
		// The browser closes: its session cookie is gone with it. A new browser logs in.

		Browser again = loggedIn(runner);
		Document journal = Jsoup.parse(again.get("/journal").body());
		assertThat(journal.select(".guided-draft h2").text()).startsWith("Finish your session from");
		assertThat(journal.select(".guided-draft p").first().text()).isEqualTo("Hip strength A: 2 sets done so far.");
		String carryOn = journal.select(".guided-draft a").attr("href");
		assertThat(carryOn).isEqualTo(path);
		Document step = Jsoup.parse(again.get(carryOn).body());
		assertThat(step.select(".guided__where").text()).isEqualTo("Hip strength A: exercise 1 of 5, set 3 of 3");
		assertThat(again.post(carryOn, Map.of("step", "2", "action", "end")).statusCode()).isEqualTo(302);
		Document end = Jsoup.parse(again.get(carryOn).body());
		HttpResponse<String> saved = again.post(carryOn + "/finish", Map.of("token",
				end.select("input[name=token]").val(), "effort", "5", "painDuring", "0", "notes", ""));
		assertThat(saved.statusCode()).isEqualTo(302);
		String session = saved.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(session.substring(session.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForList("select reps from session_set where session_id = ? order by position", Integer.class,
				id)).containsExactly(11, 9);
		assertThat(jdbc.queryForObject("select count(*) from guided_draft where account_id = ?", Integer.class,
				runner.id())).isZero();
		assertThat(Jsoup.parse(phone.get("/journal").body()).select(".guided-draft")).isEmpty();
	}

	@Test
	void tenDonesAtOnceRecordOneSet() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "guided-taps");
		Browser phone = loggedIn(runner);
		phone.get("/journal/guided");
		String location = phone.post("/journal/guided",
				Map.of("routine", Long.toString(Journals.routineId(jdbc, "hip-strength-a"))))
			.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/journal/"));
		phone.get(path);
		ExecutorService threads = Executors.newFixedThreadPool(10);
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				answers.add(threads.submit(() -> {
					gate.await();
					return phone.post(path, Map.of("step", "0", "action", "done", "amount", "12")).statusCode();
				}));
			}
			gate.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(jdbc.queryForList("""
				select s.amount from guided_draft_set s join guided_draft d on d.id = s.draft_id
				where d.account_id = ?""", Integer.class, runner.id())).containsExactly(12);
		assertThat(jdbc.queryForObject("select step from guided_draft where account_id = ?", Integer.class, runner.id()))
			.isEqualTo(1);
	}

	private Browser loggedIn(CurrentRunner runner) throws Exception {
		Browser browser = new Browser(port);
		assertThat(browser.logIn(runner.email(), Runners.PASSWORD)).isTrue();
		return browser;
	}

}
