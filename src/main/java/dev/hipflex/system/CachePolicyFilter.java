package dev.hipflex.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one place that says how a response may be cached (Spring Security's own Cache-Control writer is
 * off). Content pages shown to a visitor and the static files are {@code public} with {@code Vary: Cookie}
 * and an {@code ETag} made of the {@link ContentVersion} and today's date (the PDF and the calendar print
 * it); a request that names the current one gets a 304 without any work. Everything else (any page of a
 * logged-in runner, the login and account pages, forms, redirects, errors, any response that sets a cookie)
 * is {@code private, no-store}.
 * <p>
 * Content only changes with a migration and a restart, so the bodies of public responses are also kept in
 * memory and answered from there: a visitor's guide page costs what a lookup costs. Only responses
 * rendered for a visitor are kept, and only served to visitors, so nothing personal is ever stored. A copy
 * is filed under the decoded path and only the parameters its page reads ({@link #PAGES}), never the
 * {@code Host} or anything else a caller can vary freely: otherwise every made-up parameter would render the
 * page (a PDF costs 400 ms of CPU) and push other pages out. {@code HEAD} is answered as {@code GET}, from
 * the same copy, and requests for a copy being made wait for it rather than make it again.
 */
@Component
public class CachePolicyFilter extends OncePerRequestFilter {

	public static final String PUBLIC_PAGE = "public, max-age=300";

	/** Static files keep their names across builds, so browsers check them again after an hour. */
	public static final String PUBLIC_FILE = "public, max-age=3600";

	public static final String PRIVATE = "private, no-store";

	/**
	 * Content pages whose answer is the same for every visitor, each with the request parameters its
	 * controller reads for a visitor, in alphabetical order. Their copies are kept under these parameters and
	 * no others, so a parameter a page starts reading must be added here (CachePolicyFilterTest compares this
	 * with the controllers).
	 */
	static final Map<String, List<String>> PAGES = Map.ofEntries(Map.entry("/", List.of()),
			Map.entry("/guide", List.of()), Map.entry("/guide/**", List.of()), Map.entry("/sources", List.of()),
			Map.entry("/exercises", List.of("equipment", "muscle", "page", "size", "type")),
			Map.entry("/exercises/**", List.of()), Map.entry("/routines", List.of()),
			Map.entry("/routines/**", List.of()), Map.entry("/checklist", List.of()), Map.entry("/week", List.of()),
			Map.entry("/week.pdf", List.of("paper")), Map.entry("/week.ics", List.of()));

	static final List<String> FILES = List.of("/css/**", "/js/**", "/images/**", "/favicon.svg");

	/** Bounds the memory the stored bodies take; the least recently used make room beyond it. */
	static final long MAX_STORED_BYTES = 32L * 1024 * 1024;

	/**
	 * How long a request waits for the same page being made by another (longer than a PDF waits for its turn
	 * and renders); after that it makes the page itself.
	 */
	static final Duration SAME_PAGE_WAIT = Duration.ofSeconds(5);

	static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final List<String> STORED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE);

	private final ContentVersion version;

	private final Clock clock;

	private final PageStore store;

	/** The pages being made for a visitor right now, each released when its answer is complete. */
	private final Map<PageStore.Key, CountDownLatch> making = new ConcurrentHashMap<>();

	/** The public answer a request may get, and the parameters its page reads. */
	private record Policy(String cacheControl, List<String> parameters) {
	}

	@Autowired
	CachePolicyFilter(ContentVersion version, Clock clock) {
		this(version, clock, MAX_STORED_BYTES);
	}

	CachePolicyFilter(ContentVersion version, Clock clock, long maxStoredBytes) {
		this.version = version;
		this.clock = clock;
		this.store = new PageStore(maxStoredBytes);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		Policy policy = policy(request, path);
		if (policy == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
			chain.doFilter(request, response);
			return;
		}
		String etag = etag();
		response.setHeader(HttpHeaders.CACHE_CONTROL, policy.cacheControl());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		boolean head = "HEAD".equals(request.getMethod());
		PageStore.Key key = new PageStore.Key(etag, path, parameters(request, policy.parameters()));
		PageStore.Page stored = store.get(key);
		CountDownLatch mine = null;
		if (stored == null) {
			mine = new CountDownLatch(1);
			CountDownLatch first = making.putIfAbsent(key, mine);
			if (first != null) {
				mine = null;
				awaitQuietly(first);
				stored = store.get(key);
			}
		}
		if (stored != null) {
			answer(stored, response, head);
			return;
		}
		try {
			make(head ? new AsGet(request) : request, response, chain, key, head);
		}
		finally {
			if (mine != null) {
				making.remove(key, mine);
				mine.countDown();
			}
		}
	}

	/**
	 * Makes the answer, keeps it if it is a complete public one, and sends it (only its length to HEAD). An
	 * exception leaves the status at 200 until the container's error page replaces the body, so an answer
	 * that ended in one is neither kept nor public.
	 */
	private void make(HttpServletRequest request, HttpServletResponse response, FilterChain chain, PageStore.Key key,
			boolean head) throws ServletException, IOException {
		PublicResponse capture = new PublicResponse(response);
		boolean finished = false;
		try {
			chain.doFilter(request, capture);
			finished = true;
		}
		finally {
			boolean complete = finished && capture.getStatus() == HttpServletResponse.SC_OK;
			if (!finished || !capture.stillPublic()) {
				makePrivate(capture);
			}
			else if (complete && capture.getContentSize() <= MAX_BODY_BYTES) {
				store.put(key, page(capture));
			}
			if (head && complete) {
				response.setContentLength(capture.getContentSize());
			}
			else {
				capture.copyBodyToResponse();
			}
		}
	}

	private static void answer(PageStore.Page page, HttpServletResponse response, boolean head) throws IOException {
		page.headers().forEach(response::setHeader);
		response.setContentLength(page.body().length);
		if (!head) {
			response.getOutputStream().write(page.body());
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(SAME_PAGE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The public answer this request may get, or null when it must not be stored anywhere. */
	private static Policy policy(HttpServletRequest request, String path) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		if (FILES.stream().anyMatch(pattern -> matches(pattern, path))) {
			return new Policy(PUBLIC_FILE, List.of());
		}
		List<String> parameters = parametersRead(path);
		boolean visitor = request.getUserPrincipal() == null && !hasFlashMessage(request.getSession(false));
		return visitor && parameters != null ? new Policy(PUBLIC_PAGE, parameters) : null;
	}

	/** The parameters the public page at this (decoded) path reads, or null when it is not a public page. */
	static List<String> parametersRead(String path) {
		return PAGES.entrySet()
			.stream()
			.filter(page -> matches(page.getKey(), path))
			.findFirst()
			.map(Map.Entry::getValue)
			.orElse(null);
	}

	/**
	 * The page's parameters as its controller reads them: several values of one joined with commas, as Spring
	 * binds them to a {@code String}, and stripped, a blank one being the same as none (every page's parsing
	 * does both). Values are encoded, so no value can pass for another parameter.
	 */
	private static String parameters(HttpServletRequest request, List<String> names) {
		StringJoiner read = new StringJoiner("&");
		for (String name : names) {
			String[] values = request.getParameterValues(name);
			String value = values == null ? "" : String.join(",", values).strip();
			if (!value.isEmpty()) {
				read.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		return read.toString();
	}

	private static boolean matches(String pattern, String path) {
		return pattern.endsWith("/**") ? path.startsWith(pattern.substring(0, pattern.length() - 2))
				: path.equals(pattern);
	}

	/** A notice for the next page (after a redirect) is meant for this browser only. */
	private static boolean hasFlashMessage(HttpSession session) {
		return session != null && session.getAttribute(FLASH_MAPS) instanceof Collection<?> maps && !maps.isEmpty();
	}

	String etag() {
		return "W/\"" + version.value() + "-" + LocalDate.now(clock) + "\"";
	}

	private static PageStore.Page page(ContentCachingResponseWrapper response) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : STORED_HEADERS) {
			String value = name.equals(HttpHeaders.CONTENT_TYPE) ? response.getContentType() : response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return new PageStore.Page(response.getContentAsByteArray(), headers);
	}

	private static void makePrivate(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
		response.setHeader(HttpHeaders.ETAG, null);
		response.setHeader(HttpHeaders.VARY, null);
	}

	private static boolean cacheable(int status) {
		return status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED;
	}

	/** A {@code HEAD} made as the {@code GET} it stands for, so its answer can be kept for both. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

	/**
	 * Holds the body of a response that may be public until it is complete, and turns it private the moment
	 * it becomes an error, a redirect, or sets a cookie (a new session, e.g. for a CSRF token).
	 */
	private static final class PublicResponse extends ContentCachingResponseWrapper {

		PublicResponse(HttpServletResponse response) {
			super(response);
		}

		boolean stillPublic() {
			return cacheable(getStatus()) && getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status);
			if (!cacheable(status)) {
				makePrivate(this);
			}
		}

		@Override
		public void sendError(int status) throws IOException {
			makePrivate(this);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			makePrivate(this);
			super.sendError(status, message);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			makePrivate(this);
			super.sendRedirect(location);
		}

	}

}
