package dev.hipflex.system;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

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
 * rendered for a visitor are kept, and only served to visitors, so nothing personal is ever stored.
 */
@Component
public class CachePolicyFilter extends OncePerRequestFilter {

	public static final String PUBLIC_PAGE = "public, max-age=300";

	/** Static files keep their names across builds, so browsers check them again after an hour. */
	public static final String PUBLIC_FILE = "public, max-age=3600";

	public static final String PRIVATE = "private, no-store";

	/** Content pages whose answer is the same for every visitor. */
	static final List<String> PAGES = List.of("/", "/guide", "/guide/**", "/sources", "/exercises", "/exercises/**",
			"/routines", "/routines/**", "/checklist", "/week", "/week.pdf", "/week.ics");

	static final List<String> FILES = List.of("/css/**", "/images/**", "/favicon.svg");

	/** Bounds the memory the stored bodies take: beyond this many bytes the store starts again empty. */
	static final long MAX_STORED_BYTES = 32L * 1024 * 1024;

	static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final List<String> STORED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE);

	private final ContentVersion version;

	private final Clock clock;

	private final Map<String, Stored> store = new ConcurrentHashMap<>();

	private final AtomicLong storedBytes = new AtomicLong();

	private record Stored(byte[] body, Map<String, String> headers) {
	}

	CachePolicyFilter(ContentVersion version, Clock clock) {
		this.version = version;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String cacheControl = publicCacheControl(request);
		if (cacheControl == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
			chain.doFilter(request, response);
			return;
		}
		String etag = etag();
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		boolean get = "GET".equals(request.getMethod());
		String key = etag + " " + request.getRequestURL() + "?" + request.getQueryString();
		Stored stored = get ? store.get(key) : null;
		if (stored != null) {
			stored.headers().forEach(response::setHeader);
			response.setContentLength(stored.body().length);
			response.getOutputStream().write(stored.body());
			return;
		}
		PublicResponse capture = new PublicResponse(response);
		try {
			chain.doFilter(request, capture);
		}
		finally {
			if (!capture.stillPublic()) {
				makePrivate(capture);
			}
			else if (get && capture.getStatus() == HttpServletResponse.SC_OK
					&& capture.getContentSize() <= MAX_BODY_BYTES) {
				keep(key, capture);
			}
			capture.copyBodyToResponse();
		}
	}

	/** The Cache-Control of a public answer to this request, or null when it must not be stored anywhere. */
	static String publicCacheControl(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (matches(FILES, path)) {
			return PUBLIC_FILE;
		}
		boolean visitor = request.getUserPrincipal() == null && !hasFlashMessage(request.getSession(false));
		return visitor && matches(PAGES, path) ? PUBLIC_PAGE : null;
	}

	private static boolean matches(List<String> patterns, String path) {
		return patterns.stream()
			.anyMatch(pattern -> pattern.endsWith("/**") ? path.startsWith(pattern.substring(0, pattern.length() - 2))
					: path.equals(pattern));
	}

	/** A notice for the next page (after a redirect) is meant for this browser only. */
	private static boolean hasFlashMessage(HttpSession session) {
		return session != null && session.getAttribute(FLASH_MAPS) instanceof Collection<?> maps && !maps.isEmpty();
	}

	String etag() {
		return "W/\"" + version.value() + "-" + LocalDate.now(clock) + "\"";
	}

	private void keep(String key, ContentCachingResponseWrapper response) {
		byte[] body = response.getContentAsByteArray();
		if (storedBytes.addAndGet(body.length) > MAX_STORED_BYTES) {
			store.clear();
			storedBytes.set(body.length);
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : STORED_HEADERS) {
			String value = name.equals(HttpHeaders.CONTENT_TYPE) ? response.getContentType() : response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		store.put(key, new Stored(body, headers));
	}

	private static void makePrivate(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
		response.setHeader(HttpHeaders.ETAG, null);
		response.setHeader(HttpHeaders.VARY, null);
	}

	private static boolean cacheable(int status) {
		return status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED;
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
