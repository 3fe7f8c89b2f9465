package dev.hipflex.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import dev.hipflex.DateSensitive;
import dev.hipflex.RunnerData;
import dev.hipflex.Runners;
import dev.hipflex.Zips;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import dev.hipflex.journal.Journals;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Share links for a clinician: a runner previews the summary, makes a link and sees it once; a visitor opens it
 * without an account and sees the week, sessions and pain but nothing of the account; revoked, expired and
 * mangled links are 404; wrong links are throttled per address.
 */
@SpringBootTest(properties = "hipflex.base-url=https://hipflex.example")
@AutoConfigureMockMvc
@DateSensitive
class ShareLinkTest extends ShareTestSupport {

	static final String BASE = "https://hipflex.example/shared/";

	@Test
	void theRunnerPreviewsMakesALinkAndSeesItOnce() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("previewing");

		Document shares = runner.page("/account");
		assertThat(shares.select("a[href=/account/shares]")).hasSize(1);
		MockHttpServletResponse previewed = runner.get("/account/shares/preview?label=Dr Patel, physio&expiry=1m");
		assertThat(previewed.getStatus()).isEqualTo(200);
		assertThat(previewed.getHeader("Cache-Control")).isEqualTo("private, no-store");
		Document preview = Jsoup.parse(previewed.getContentAsString(StandardCharsets.UTF_8));
		assertThat(preview.select("#share-preview h2").text()).startsWith("Preview");
		assertThat(preview.text()).contains("Felt strong today", "Dr Patel, physio");
		assertThat(count()).as("a preview stores nothing").isZero();

		MockHttpServletResponse made = runner.post("/account/shares", "label", "Dr Patel, physio", "expiry", "1m");
		assertThat(made.getStatus()).as("the answer itself shows the link, no redirect").isEqualTo(200);
		String link = Jsoup.parse(made.getContentAsString(StandardCharsets.UTF_8)).select("#share-link").val();
		assertThat(link).startsWith(BASE);
		String token = link.substring(BASE.length());
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		Map<String, Object> row = jdbc.queryForMap("select * from share_link where account_id = ?", runner.id());
		assertThat(row.values()).as("only the hash is kept").noneMatch(value -> String.valueOf(value).contains(token));
		assertThat(((String) row.get("token_hash")).strip()).isEqualTo(ShareLinks.hash(token));
		assertThat(jdbc.queryForObject("select expires_at from share_link where account_id = ?", LocalDateTime.class,
				runner.id()))
			.isEqualTo(LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusMonths(1));

		String later = runner.get("/account/shares").getContentAsString(StandardCharsets.UTF_8);
		assertThat(later).contains("Dr Patel, physio", "Not opened yet").doesNotContain(token);

		Document opened = open(token, address());
		assertThat(opened.select("h1").text()).isEqualTo("Training summary for a clinician");
		assertThat(runner.get("/account/shares").getContentAsString(StandardCharsets.UTF_8)).contains("Last opened on");
		assertThat(jdbc.queryForObject("select last_opened_at from share_link where account_id = ?", LocalDateTime.class,
				runner.id()))
			.isEqualTo(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
	}

	@Test
	void theSummaryShowsTheWeekSessionsAndPainAndNothingOfTheAccount() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("summarised");
		String token = make(runner, "Dr Patel", "3m");

		MockHttpServletResponse response = visitor.perform(get("/shared/" + token).with(from(address())))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
		assertThat(page.select("meta[name=referrer]").attr("content")).isEqualTo("no-referrer");
		assertThat(page.select(".week-grid tbody th[scope=row]")).as("the week with its doses").isNotEmpty();
		assertThat(page.select(".week-grid .dose")).isNotEmpty();
		assertThat(page.select(".shared-session")).hasSize(2);
		assertThat(page.text()).contains("Felt strong today", "Hip hurt at the end", "7 of 10");
		assertThat(page.select(".shared-sets td")).isNotEmpty();
		assertThat(page.select("#adherence-chart")).hasSize(1);
		assertThat(page.select("#trends-chart")).hasSize(1);
		assertThat(page.select(".pain-advice")).as("the pain warning of the 7 of 10").hasSize(1);
		assertThat(html).doesNotContain(runner.principal().email()).doesNotContain("accountId");
		assertThat(page.select("a[href], form[action]").eachAttr("abs:href"))
			.noneMatch(href -> href.contains("/account") || href.contains("/journal") || href.contains("/my"));
		for (String link : page.select("a[href]").eachAttr("href")) {
			assertThat(link).as("no link into the runner's account").doesNotStartWith("/account")
				.doesNotStartWith("/journal").doesNotStartWith("/my").doesNotStartWith("/login");
		}
		assertThat(page.select("form")).as("nothing to send from the summary").isEmpty();
		assertThat(page.select(".site-nav, .site-account")).isEmpty();
		assertThat(html).doesNotContain("id=\"" + runner.id() + "\"").doesNotContain("/" + runner.id() + "\"");
	}

	@Test
	void aRevokedLinkIsNotFoundAtOnceAndAnotherRunnerCannotRevokeIt() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("revoking");
		Runner other = Runner.create(context, accounts, "not-the-owner");
		String token = make(runner, "Dr Patel", "2w");
		long id = jdbc.queryForObject("select id from share_link where account_id = ?", Long.class, runner.id());
		String address = address();
		assertThat(status(token, address)).isEqualTo(200);

		Map<String, Object> before = RunnerData.snapshot(jdbc, runner.id());
		MockHttpServletResponse foreign = other.post("/account/shares/" + id + "/revoke");
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(other.post("/account/shares/" + id + "/renew", "expiry", "3m").getStatus()).isEqualTo(404);
		assertThat(RunnerData.snapshot(jdbc, runner.id())).isEqualTo(before);
		assertThat(status(token, address)).isEqualTo(200);

		assertThat(runner.post("/account/shares/" + id + "/revoke").getStatus()).isEqualTo(302);
		MockHttpServletResponse gone = visitor.perform(get("/shared/" + token).with(from(address))).andReturn().getResponse();
		assertThat(gone.getStatus()).isEqualTo(404);
		assertThat(gone.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("This link does not work (any more). Ask the runner for a new one.");
		assertThat(gone.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(count()).isZero();
	}

	@Test
	void aLinkWorksUntilItsExpiryAndARenewalCountsFromNow() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("expiring");
		String token = make(runner, "Dr Patel", "2w");
		Instant expires = now.plus(Duration.ofDays(14));
		String address = address();

		now = expires.minusSeconds(1);
		assertThat(status(token, address)).isEqualTo(200);
		now = expires;
		assertThat(status(token, address)).isEqualTo(404);
		assertThat(runner.get("/account/shares").getContentAsString(StandardCharsets.UTF_8)).contains("Expired on");

		long id = jdbc.queryForObject("select id from share_link where account_id = ?", Long.class, runner.id());
		assertThat(runner.post("/account/shares/" + id + "/renew", "expiry", "3m").getStatus()).isEqualTo(302);
		assertThat(status(token, address)).isEqualTo(200);
		Instant renewedUntil = LocalDateTime.ofInstant(expires, ZoneOffset.UTC).plusMonths(3).toInstant(ZoneOffset.UTC);
		now = renewedUntil.minusSeconds(1);
		assertThat(status(token, address)).isEqualTo(200);
		now = renewedUntil;
		assertThat(status(token, address)).isEqualTo(404);
	}

	@Test
	void unknownAndMangledTokensAreNotFound() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("mangled");
		String token = make(runner, "Dr Patel", "1m");
		String address = address();
		List<String> variants = List.of(ShareLinks.newToken(), token.toUpperCase(), token.toLowerCase(),
				token.substring(1), token + "A", token + "/", "%20" + token, token.replace(token.charAt(0), '.'), "x",
				"%2e%2e%2faccount");
		for (String variant : variants) {
			MockHttpServletResponse response = visitor.perform(get("/shared/" + variant).with(from(address)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(variant).isIn(400, 404);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(variant)
				.doesNotContain("Training summary");
		}
		assertThat(visitor.perform(get("/shared/").with(from(address))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("select last_opened_at from share_link where account_id = ?", LocalDateTime.class,
				runner.id()))
			.isNull();
	}

	@Test
	void tenWrongLinksAtOnceFromOneAddressThenItIsRefusedAndAnotherAddressIsNot() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("throttled");
		String token = make(runner, "Dr Patel", "1m");
		String guesser = address();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return status(ShareLinks.newToken(), guesser);
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(404);
			}
		}
		finally {
			threads.shutdownNow();
		}

		MockHttpServletResponse refused = visitor.perform(get("/shared/" + ShareLinks.newToken()).with(from(guesser)))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
		assertThat(status(token, guesser)).as("even the right link, while the address is locked out").isEqualTo(429);
		assertThat(status(token, address())).as("another address").isEqualTo(200);

		now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
		assertThat(status(token, guesser)).as("after the lockout").isEqualTo(200);
	}

	@Test
	void badExpiriesAndLabelsAreRefusedAndNothingIsStored() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("refused");
		for (String expiry : List.of("6m", "4m", "90d", "", "3M", "garbage")) {
			MockHttpServletResponse response = runner.post("/account/shares", "label", "Dr Patel", "expiry", expiry);
			assertThat(response.getStatus()).as(expiry).isEqualTo(400);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("at most 3 months");
			assertThat(runner.get("/account/shares/preview?label=Dr&expiry=" + expiry).getStatus()).isEqualTo(400);
		}
		for (String label : List.of("", "   ", "x".repeat(81), "Dr\u0000Patel")) {
			MockHttpServletResponse response = runner.post("/account/shares", "label", label, "expiry", "1m");
			assertThat(response.getStatus()).as(label).isEqualTo(400);
		}
		MockHttpServletResponse noExpiry = runner.post("/account/shares", "label", "Dr Patel");
		assertThat(noExpiry.getStatus()).isEqualTo(400);
		assertThat(count()).isZero();

		assertThat(runner.post("/account/shares", "label", "é".repeat(80), "expiry", "1m").getStatus()).isEqualTo(200);
		for (int i = 1; i < ShareLinks.LINKS_MAX; i++) {
			assertThat(runner.post("/account/shares", "label", "Link " + i, "expiry", "2w").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse tooMany = runner.post("/account/shares", "label", "One more", "expiry", "2w");
		assertThat(tooMany.getStatus()).isEqualTo(400);
		assertThat(tooMany.getContentAsString(StandardCharsets.UTF_8)).contains("Revoke one");
		assertThat(count()).isEqualTo(ShareLinks.LINKS_MAX);
		long id = jdbc.queryForObject("select min(id) from share_link where account_id = ?", Long.class, runner.id());
		assertThat(runner.post("/account/shares/" + id + "/renew", "expiry", "6m").getStatus()).isEqualTo(400);
	}

	@Test
	void theExportListsTheLinksWithoutTokensAndDeletingTheAccountDeletesThem() throws Exception {
		Runner runner = runnerWithAWeekAndSessions("exported");
		String token = make(runner, "Dr Patel, physio", "1m");

		MockHttpServletResponse zip = runner.get("/account/export.zip");
		Map<String, String> files = Zips.unzip(zip.getContentAsByteArray());
		assertThat(files.get("share-links.json")).contains("Dr Patel, physio", "\"expires\"", "\"lastOpened\"")
			.doesNotContain(token)
			.doesNotContain(ShareLinks.hash(token));

		accounts.delete(runner.id());
		assertThat(count()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from share_link where token_hash = ?", Integer.class,
				ShareLinks.hash(token)))
			.isZero();
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from share_link", Integer.class) - others;
	}

	private int others;

	/** A runner with the recommended week and two sessions of this week (one painful), with sets and notes. */
	private Runner runnerWithAWeekAndSessions(String name) throws Exception {
		others = jdbc.queryForObject("select count(*) from share_link", Integer.class);
		Runner runner = Runner.create(context, accounts, name);
		assertThat(runner.post("/my/week", "from", "recommended").getStatus()).isEqualTo(302);
		LocalDate today = zones.today(runner.id());
		long exercise = jdbc.queryForObject("select min(id) from exercise", Long.class);
		long easy = Journals.insertSession(jdbc, runner.id(), today.minusDays(2), "Hip strength A", 5, 1, 0,
				"Felt strong today");
		Journals.insertSet(jdbc, easy, exercise, 1, 10);
		long painful = Journals.insertSession(jdbc, runner.id(), today.minusDays(1), "Hip strength A", 6, 7, 6,
				"Hip hurt at the end");
		Journals.insertSet(jdbc, painful, exercise, 1, 8);
		return runner;
	}

	private String make(Runner runner, String label, String expiry) throws Exception {
		MockHttpServletResponse made = runner.post("/account/shares", "label", label, "expiry", expiry);
		assertThat(made.getStatus()).isEqualTo(200);
		return Jsoup.parse(made.getContentAsString(StandardCharsets.UTF_8)).select("#share-link").val()
			.substring(BASE.length());
	}

	private Document open(String token, String address) throws Exception {
		MockHttpServletResponse response = visitor.perform(get("/shared/" + token).with(from(address)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private int status(String token, String address) throws Exception {
		return visitor.perform(get("/shared/" + token).with(from(address))).andReturn().getResponse().getStatus();
	}

	/** An address of its own for each test, so the throttle's counts of other tests do not meet it. */
	static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	record Runner(CurrentRunner principal, MockMvc mvc) {

		static Runner create(WebApplicationContext context, AccountService accounts, String name) {
			CurrentRunner principal = Runners.create(accounts, name);
			return new Runner(principal, MockMvcBuilders.webAppContextSetup(context)
				.apply(springSecurity())
				.defaultRequest(MockMvcRequestBuilders.get("/").with(Runners.as(principal)))
				.build());
		}

		long id() {
			return principal.id();
		}

		Document page(String url) throws Exception {
			MockHttpServletResponse response = get(url);
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}

		MockHttpServletResponse get(String url) throws Exception {
			return mvc.perform(MockMvcRequestBuilders.get(url)).andReturn().getResponse();
		}

		MockHttpServletResponse post(String url, String... parameters) throws Exception {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
			for (int i = 0; i < parameters.length; i += 2) {
				request.param(parameters[i], parameters[i + 1]);
			}
			return mvc.perform(request).andReturn().getResponse();
		}

	}

}
