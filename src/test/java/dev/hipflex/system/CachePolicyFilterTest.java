package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hipflex.DateSensitive;
import dev.hipflex.HipFlexApplication;
import dev.hipflex.Runners;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

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
	void aPageThatEndsInAnExceptionIsNeitherKeptNorPublic() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		FilterChain failing = (request, response) -> {
			rendered.incrementAndGet();
			response.getWriter().write("<h1>Half a page");
			throw new IllegalStateException("the database went away");
		};

		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThatIllegalStateException().isThrownBy(
					() -> isolated.doFilter(request("GET", "/exercises"), response, failing));
			assertThat(response.getHeader("Cache-Control")).as("the error page that follows").isEqualTo("private, no-store");
			assertThat(response.getHeader("ETag")).isNull();
		}
		assertThat(rendered).as("the half page was not kept").hasValue(2);
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
	void aPageIsKeptUnderItsPathAndTheParametersItReadsNeverUnderWhatACallerMakesUp() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		FilterChain page = (request, response) -> {
			rendered.incrementAndGet();
			response.getWriter().write("for " + request.getParameter("paper") + " " + request.getParameter("type"));
		};

		for (int i = 0; i < 10; i++) {
			String host = UUID.randomUUID() + ".example";
			MockHttpServletRequest request = request("GET",
					(i % 2 == 0 ? "http://" : "https://") + host + "/week.pdf?cb=" + UUID.randomUUID());
			request.addHeader("Host", host);
			assertThat(run(request, page).getContentAsString()).isEqualTo("for null null");
		}
		assertThat(rendered).as("made-up parameters and hosts: one copy, rendered once").hasValue(1);

		for (String url : List.of("/week.pdf?paper=letter", "/week.pdf?cb=1&paper=letter", "/week.pdf?paper=%20letter%20",
				"/week.pdf?paper=let%74er&utm_source=mail", "/w%65ek.pdf?paper=letter")) {
			assertThat(run(request("GET", url), page).getContentAsString()).as(url).isEqualTo("for letter null");
		}
		assertThat(rendered).as("the same paper however it is written: one more copy").hasValue(2);

		for (String url : List.of("/exercises?type=strength&size=20", "/exercises?size=20&type=strength&sort=x",
				"/exercises?type=mobility&size=20")) {
			run(request("GET", url), page);
		}
		assertThat(rendered).as("a parameter the page reads makes another copy").hasValue(4);
	}

	@Test
	void everyParameterAPublicPageReadsAndNoOtherIsInItsKey() {
		// Read only for a logged-in runner, whose pages are never kept.
		Map<String, Set<String>> runnersOnly = Map.of("/checklist", Set.of("date"));
		List<String> checked = new ArrayList<>();
		handlers.getHandlerMethods().forEach((mapping, handler) -> {
			if (!answersGet(mapping)) {
				return;
			}
			for (String pattern : mapping.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]*}", "x");
				List<String> kept = CachePolicyFilter.parametersRead(path);
				if (kept == null) {
					continue;
				}
				Set<String> read = parametersRead(handler);
				read.removeAll(runnersOnly.getOrDefault(path, Set.of()));
				assertThat(kept).as(pattern).containsExactlyInAnyOrderElementsOf(read).isSorted();
				checked.add(pattern);
			}
		});
		assertThat(checked).contains("/exercises", "/week.pdf", "/guide/{slug}", "/checklist");
	}

	@Test
	void headIsAnsweredAsGetFromTheSameCopy() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		// As Spring's handler of static files does, this page writes its body for GET only.
		FilterChain page = (request, response) -> {
			rendered.incrementAndGet();
			response.setContentType("text/calendar");
			if ("GET".equals(((HttpServletRequest) request).getMethod())) {
				response.getWriter().write("BEGIN:VCALENDAR");
			}
		};

		MockHttpServletResponse head = run(request("HEAD", "/week.ics?cb=1"), page);
		MockHttpServletResponse get = run(request("GET", "/week.ics?cb=2"), page);
		MockHttpServletResponse headAgain = run(request("HEAD", "/week.ics?cb=3"), page);

		assertThat(head.getStatus()).isEqualTo(200);
		assertThat(head.getContentLength()).as("the length of the GET's body").isEqualTo(15);
		assertThat(head.getContentAsByteArray()).isEmpty();
		assertThat(get.getContentAsString()).as("not the empty body of a HEAD").isEqualTo("BEGIN:VCALENDAR");
		assertThat(headAgain.getContentLength()).isEqualTo(15);
		assertThat(headAgain.getContentType()).startsWith("text/calendar");
		assertThat(headAgain.getContentAsByteArray()).isEmpty();
		assertThat(rendered).as("made once, for the first HEAD").hasValue(1);
	}

	@Test
	void theLeastRecentlyUsedPagesMakeRoomAndAPageInUseStays() throws Exception {
		long budget = 64 * 1024;
		CachePolicyFilter small = new CachePolicyFilter(version, clock, budget);
		Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
		byte[] large = new byte[4 * 1024];
		FilterChain pages = (request, response) -> {
			HttpServletRequest http = (HttpServletRequest) request;
			String url = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
			renders.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
			response.getOutputStream().write(url.equals("/guide") ? "the guide".getBytes(StandardCharsets.UTF_8) : large);
		};
		int filling = (int) (budget / large.length) + 1;

		for (int i = 0; i < 3 * filling; i++) {
			run(small, request("GET", "/exercises?page=" + i), pages);
			assertThat(run(small, request("GET", "/guide"), pages).getContentAsString()).isEqualTo("the guide");
		}
		run(small, request("GET", "/exercises?page=0"), pages);
		run(small, request("GET", "/exercises?page=" + (3 * filling - 1)), pages);

		assertThat(renders.get("/guide")).as("read all along, so never pushed out").hasValue(1);
		assertThat(renders.get("/exercises?page=0")).as("not read since: made room").hasValue(2);
		assertThat(renders.get("/exercises?page=" + (3 * filling - 1))).as("the latest stays").hasValue(1);
	}

	@Test
	void requestsForAPageBeingMadeWaitForItInsteadOfMakingItAgain() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		FilterChain slow = (request, response) -> {
			rendered.incrementAndGet();
			pause(300);
			response.getWriter().write("the week");
		};
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(16);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String url = "/week.pdf?cb=" + i;
				answers.add(callers.submit(() -> {
					start.await();
					return run(request("GET", url), slow);
				}));
			}
			start.countDown();
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get(30, TimeUnit.SECONDS);
				assertThat(response.getStatus()).isEqualTo(200);
				assertThat(response.getContentAsString()).isEqualTo("the week");
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(rendered).as("16 callers at once, one render").hasValue(1);
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

	private static MockHttpServletRequest request(String method, String url) {
		return MockMvcRequestBuilders.request(method, URI.create(url)).buildRequest(new MockServletContext());
	}

	private static boolean answersGet(RequestMappingInfo mapping) {
		Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	/** The request parameters a handler reads: named ones, and any it would bind to a form object. */
	private static Set<String> parametersRead(HandlerMethod handler) {
		Set<String> read = new HashSet<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam named = parameter.getAnnotation(RequestParam.class);
			if (named != null) {
				read.add(named.name().isEmpty() ? parameter.getName() : named.name());
			}
			else if (parameter.getAnnotations().length == 0 && (parameter.getType() == String.class
					|| ClassUtils.isPrimitiveOrWrapper(parameter.getType()))) {
				read.add(parameter.getName());
			}
			else if (parameter.isAnnotationPresent(ModelAttribute.class)) {
				read.add("every field of " + parameter.getType().getSimpleName());
			}
		}
		return read;
	}

	private static void pause(long millis) throws ServletException {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException(ex);
		}
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
		return run(isolated, request, chain);
	}

	private static MockHttpServletResponse run(CachePolicyFilter filter, MockHttpServletRequest request,
			FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

}
