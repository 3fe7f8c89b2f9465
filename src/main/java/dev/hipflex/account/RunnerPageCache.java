package dev.hipflex.account;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Keeps a runner's most visited pages ({@link #PAGES}) rendered for {@link #KEPT_FOR}, so opening one again
 * (back, reload, the home page after every errand) costs a lookup instead of a render. A kept page is served only
 * to a login of the same runner, only while the runner's page version ({@link RunnerPages}, in the database, so
 * the same on every instance) and their today are the ones it was made under, and only for the same path and
 * query. Anything a page shows that changes without the runner or a form (a share link running out, a job's
 * mail) shows within {@link #KEPT_FOR}.
 * <p>
 * It stands in Spring Security's filter chain after the authorisation and the consent gate, so every check a
 * request passes before its page is made also comes before a kept page. Only complete HTML answers with a 200
 * and no cookie are kept; a request for the page a notice is waiting for (a flash message, after a redirect) is
 * never served from, nor kept in, the store. The session's CSRF token is not kept with a page: each answer gets
 * the token its own request would have rendered. {@code hipflex.runner-pages.kept=false} switches it off.
 */
final class RunnerPageCache extends OncePerRequestFilter {

	/** The pages kept: the home page, the journal, a session, progress, the calendar, the week and the checklist. */
	static final Pattern PAGES = Pattern
		.compile("/|/journal|/journal/[0-9]{1,18}|/journal/progress|/journal/calendar|/my/week|/checklist");

	static final Duration KEPT_FOR = Duration.ofSeconds(60);

	/** Bounds the memory of the kept pages; the least used make room beyond it. */
	static final long MAX_BYTES = 16L * 1024 * 1024;

	static final int MAX_PAGE_BYTES = 512 * 1024;

	record Key(long accountId, long version, LocalDate today, String path, String query) {
	}

	/** A page's body cut where its CSRF token stood, and its two content headers. */
	record Page(List<byte[]> parts, String contentType, String contentLanguage) {

		int bytes() {
			return parts.stream().mapToInt(part -> part.length).sum() + 64 * parts.size();
		}

	}

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final RunnerPages pages;

	private final Cache<Key, Page> kept;

	/** Kept pages age by the application's clock, as everything else that expires does. */
	RunnerPageCache(RunnerPages pages, Clock clock) {
		this.pages = pages;
		this.kept = Caffeine.newBuilder()
			.maximumWeight(MAX_BYTES)
			.<Key, Page>weigher((key, page) -> page.bytes() + 2 * (key.path().length() + key.query().length()) + 128)
			.expireAfterWrite(KEPT_FOR)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = kept.getIfPresent(key);
		if (page != null) {
			answer(page, request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		boolean finished = false;
		try {
			chain.doFilter(request, capture);
			finished = true;
		}
		finally {
			if (finished && keepable(capture)) {
				kept.put(key, page(capture, request));
			}
			capture.copyBodyToResponse();
		}
	}

	/** What the page is filed under, or null when this request's answer is not to be kept or served from here. */
	private Key key(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || hasNoticeFor(request)) {
			return null;
		}
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (!PAGES.matcher(path).matches()
				|| !(authentication != null && authentication.getPrincipal() instanceof CurrentRunner runner)) {
			return null;
		}
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		Optional<RunnerPages.Stamp> stamp = pages.stamp(runner.id());
		return stamp.map(now -> new Key(runner.id(), now.version(), now.today(), path, query)).orElse(null);
	}

	/**
	 * Whether a notice for the next page (a flash message, kept in the session after a redirect) is waiting for
	 * this address: that page shows it once, so it is made anew and not kept. A notice for another address, which
	 * the browser never went on to (a form posted by a script, say), does not stop this page being kept.
	 */
	private static boolean hasNoticeFor(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(FLASH_MAPS) instanceof Collection<?> maps)) {
			return false;
		}
		String uri = UrlPathHelper.defaultInstance.getOriginatingRequestUri(request);
		return maps.stream()
			.anyMatch(map -> map instanceof FlashMap notice && !notice.isExpired()
					&& (notice.getTargetRequestPath() == null || notice.getTargetRequestPath().equals(uri)
							|| (notice.getTargetRequestPath() + "/").equals(uri)));
	}

	private static boolean keepable(ContentCachingResponseWrapper capture) {
		String type = capture.getContentType();
		return capture.getStatus() == HttpServletResponse.SC_OK && !capture.isCommitted()
				&& capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && type != null
				&& MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(type))
				&& capture.getContentSize() <= MAX_PAGE_BYTES;
	}

	/** The captured page, cut at each place its request's CSRF token was written (a token is ASCII, never split). */
	private static Page page(ContentCachingResponseWrapper capture, HttpServletRequest request) {
		byte[] body = capture.getContentAsByteArray();
		String token = token(request);
		List<byte[]> parts = token == null ? List.of(body)
				: Arrays.stream(new String(body, StandardCharsets.UTF_8).split(Pattern.quote(token), -1))
					.map(part -> part.getBytes(StandardCharsets.UTF_8))
					.toList();
		return new Page(parts, capture.getContentType(), capture.getHeader(HttpHeaders.CONTENT_LANGUAGE));
	}

	private static void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		byte[] token = page.parts().size() > 1 ? token(request).getBytes(StandardCharsets.UTF_8) : new byte[0];
		int length = page.parts().stream().mapToInt(part -> part.length).sum()
				+ token.length * (page.parts().size() - 1);
		response.setContentLength(length);
		OutputStream out = response.getOutputStream();
		for (int i = 0; i < page.parts().size(); i++) {
			if (i > 0) {
				out.write(token);
			}
			out.write(page.parts().get(i));
		}
	}

	/** The CSRF token as this request renders it into its forms (masked anew for every request). */
	private static String token(HttpServletRequest request) {
		return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf ? csrf.getToken() : null;
	}

}
