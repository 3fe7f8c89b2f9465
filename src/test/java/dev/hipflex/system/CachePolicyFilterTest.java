package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hipflex.DateSensitive;
import dev.hipflex.HipFlexApplication;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

/**
 * Who may keep a copy of what: visitors' content pages are public with a validator and a 304, a runner's
 * pages never are, and a change of content by a migration gives every page a new validator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CachePolicyFilterTest {

	static final String FLASH_MAPS = org.springframework.web.servlet.support.SessionFlashMapManager.class.getName()
			+ ".FLASH_MAPS";

	@Autowired
	MockMvc mvc;

	@Autowired
	CachePolicyFilter filter;

	@Autowired
	AccountService accounts;

	@Autowired
	ContentVersion version;

	@Autowired
	Clock clock;

	/** For requests through a made-up chain: a filter of its own, so its pages never reach the real one's store. */
	CachePolicyFilter isolated;

	@BeforeEach
	void isolatedFilter() {
		isolated = new CachePolicyFilter(version, clock);
	}

	@DateSensitive
	@ParameterizedTest
	@ValueSource(strings = { "/", "/guide", "/guide/red-flags", "/guide/muscles/iliopsoas", "/sources", "/exercises",
			"/exercises?type=strength&page=1", "/exercises/forward-lunge", "/routines", "/routines/hip-strength-a",
			"/checklist", "/week", "/week.pdf", "/week.ics", "/css/hipflex.css", "/favicon.svg" })
	void visitorsContentIsPublicWithAValidatorAnd304(String url) throws Exception {
		MockHttpServletResponse first = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("Cache-Control")).startsWith("public, max-age=");
		assertThat(first.getHeader("Vary")).isEqualTo("Cookie");
		assertThat(first.getHeader("ETag")).isEqualTo(filter.etag());
		assertThat(first.getHeaders("Set-Cookie")).isEmpty();
		assertThat(first.getContentAsString()).doesNotContain("_csrf");
		assertThat(first.getContentAsByteArray()).isNotEmpty();

		MockHttpServletResponse again = mvc.perform(get(url).header("If-None-Match", first.getHeader("ETag")))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(again.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
		assertThat(again.getHeader("Cache-Control")).isEqualTo(first.getHeader("Cache-Control"));

		MockHttpServletResponse stored = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(stored.getContentAsByteArray()).as("answered from memory, the same").isEqualTo(
				first.getContentAsByteArray());
		assertThat(stored.getContentType()).isEqualTo(first.getContentType());
		assertThat(stored.getHeader("Content-Disposition")).isEqualTo(first.getHeader("Content-Disposition"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/guide", "/exercises", "/routines", "/checklist", "/week", "/week.pdf", "/journal",
			"/journal/progress", "/my/week", "/account" })
	void aRunnersPagesAreNeverStoredAndNeverAnsweredFromAVisitorsCopy(String url) throws Exception {
		CurrentRunner runner = Runners.create(accounts, "cache");
		String visitorsEtag = filter.etag();
		mvc.perform(get("/guide")).andReturn();

		MockHttpServletResponse response = mvc
			.perform(get(url).header("If-None-Match", visitorsEtag).with(Runners.as(runner)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isIn(200, 404);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(response.getHeader("ETag")).isNull();
		if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
			assertThat(response.getContentAsString()).as("the runner's own header").contains("href=\"/journal\"");
		}
	}

	@Test
	void staticFilesArePublicForRunnersToo() throws Exception {
		CurrentRunner runner = Runners.create(accounts, "files");
		MockHttpServletResponse css = mvc.perform(get("/css/hipflex.css").with(Runners.as(runner))).andReturn()
			.getResponse();
		assertThat(css.getHeader("Cache-Control")).isEqualTo(CachePolicyFilter.PUBLIC_FILE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/register", "/search?q=psoas", "/guide/no-such-page", "/guide/muscles",
			"/exercises?type=nonsense", "/week.pdf?paper=a3", "/journal", "/css/no-such-file.css" })
	void formsSearchRedirectsAndErrorsAreNeverStored(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(response.getHeader("ETag")).isNull();
	}

	@Test
	void aFormPostIsNeverStored() throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/login").param("email", "nobody@example.org").param("password", "wrong").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void aPublicPageThatSetsACookieTurnsPrivateAndIsNotKept() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		FilterChain settingACookie = (request, response) -> {
			rendered.incrementAndGet();
			((HttpServletResponse) response).addCookie(new Cookie("JSESSIONID", "abc"));
			response.getWriter().write("<input name=\"_csrf\" value=\"secret\">");
		};
		MockHttpServletResponse first = run(new MockHttpServletRequest("GET", "/guide"), settingACookie);
		MockHttpServletResponse second = run(new MockHttpServletRequest("GET", "/guide"), settingACookie);

		assertThat(first.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(first.getHeader("ETag")).isNull();
		assertThat(first.getContentAsString()).contains("secret");
		assertThat(rendered).as("rendered again, not kept").hasValue(2);
		assertThat(second.getHeader("Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void onlyVisitorsAreAnsweredFromMemoryAndARunnersPageIsNeverKept() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		FilterChain page = (request, response) -> response.getWriter()
			.write(((MockHttpServletRequest) request).getUserPrincipal() == null ? "visitor" : "runner's own page");
		FilterChain counting = (request, response) -> {
			rendered.incrementAndGet();
			page.doFilter(request, response);
		};
		MockHttpServletRequest asRunner = new MockHttpServletRequest("GET", "/sources");
		asRunner.setUserPrincipal(() -> "runner");

		MockHttpServletResponse runners = run(asRunner, counting);
		MockHttpServletResponse visitors = run(new MockHttpServletRequest("GET", "/sources"), counting);
		MockHttpServletResponse visitorsAgain = run(new MockHttpServletRequest("GET", "/sources"), counting);
		MockHttpServletResponse runnersAgain = run(asRunner, counting);

		assertThat(runners.getContentAsString()).isEqualTo("runner's own page");
		assertThat(runners.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(visitors.getContentAsString()).isEqualTo("visitor");
		assertThat(visitorsAgain.getContentAsString()).isEqualTo("visitor");
		assertThat(runnersAgain.getContentAsString()).isEqualTo("runner's own page");
		assertThat(rendered).as("the visitor's second request came from memory").hasValue(3);
	}

	@Test
	void aVisitorWithANoticeWaitingGetsAPrivatePage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/guide");
		FlashMap notice = new FlashMap();
		notice.put("message", "account.deleted");
		request.getSession().setAttribute(FLASH_MAPS, List.of(notice));

		MockHttpServletResponse response = run(request, (req, res) -> res.getWriter().write("page with notice"));

		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void theVersionChangesWithEveryMigrationAndEveryBuild() {
		List<String> applied = List.of("1 guide schema 123", "2 guide content 456");
		String version = ContentVersion.of(applied, "2026-11-25T10:00:00Z");

		assertThat(ContentVersion.of(applied, "2026-11-25T10:00:00Z")).isEqualTo(version);
		assertThat(ContentVersion.of(List.of("1 guide schema 123", "2 guide content 457"), "2026-11-25T10:00:00Z"))
			.as("a changed migration")
			.isNotEqualTo(version);
		assertThat(ContentVersion.of(List.of("1 guide schema 123", "2 guide content 456", "11 more 789"),
				"2026-11-25T10:00:00Z"))
			.as("a new migration")
			.isNotEqualTo(version);
		assertThat(ContentVersion.of(applied, "2026-11-26T10:00:00Z")).as("a new build").isNotEqualTo(version);
	}

	@Test
	void contentChangedByAMigrationShowsAfterARestartWithANewValidator(@TempDir Path dataDir) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String etag;
		try (ConfigurableApplicationContext before = start(dataDir, "classpath:db/migration")) {
			HttpResponse<String> guide = http.send(request(before, null), HttpResponse.BodyHandlers.ofString());
			assertThat(guide.body()).doesNotContain("Hip flexors, revised");
			etag = guide.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> unchanged = http.send(request(before, etag), HttpResponse.BodyHandlers.ofString());
			assertThat(unchanged.statusCode()).isEqualTo(304);
		}
		try (ConfigurableApplicationContext after = start(dataDir, "classpath:db/migration,classpath:db/content-change")) {
			HttpResponse<String> guide = http.send(request(after, etag), HttpResponse.BodyHandlers.ofString());
			assertThat(guide.statusCode()).as("the old validator no longer matches").isEqualTo(200);
			assertThat(guide.body()).contains("Hip flexors, revised");
			assertThat(guide.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		}
	}

	private static HttpRequest request(ConfigurableApplicationContext app, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/guide"));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return request.build();
	}

	private static ConfigurableApplicationContext start(Path dataDir, String migrations) {
		return new SpringApplicationBuilder(HipFlexApplication.class).run("--server.port=0",
				"--hipflex.data-dir=" + dataDir.toAbsolutePath(),
				"--spring.datasource.url=jdbc:h2:file:${hipflex.data-dir}/hipflex;DB_CLOSE_ON_EXIT=FALSE",
				"--spring.flyway.locations=" + migrations);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		isolated.doFilter(request, response, chain);
		return response;
	}

}
