package dev.hipflex.account;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a runner whose account was made before HipFlex asked for consent to storing health data to the
 * consent page ({@link AccountUrls#CONSENT}, 303) from every page that shows or stores it: the journal (with
 * progress) and their own week and routines, forms included, so nothing is stored. The account page, export,
 * deletion, the privacy page and logging out stay open: a runner who does not consent can leave with their data
 * or delete it. Matched as the authorisation matches the runner's pages, after it (a visitor goes to log in).
 */
class ConsentGate extends OncePerRequestFilter {

	static final String[] HEALTH_DATA_PAGES = { "/journal", "/journal/**", "/my", "/my/**" };

	/** Far more runners than could be active at once; past it, the set starts again (each is read once more). */
	private static final int MAX_REMEMBERED = 100_000;

	private final RequestMatcher pages = new OrRequestMatcher(java.util.Arrays.stream(HEALTH_DATA_PAGES)
		.map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
		.toList());

	/** Consent is only ever withdrawn by deleting the account, so once seen it is remembered. */
	private final Set<Long> consented = ConcurrentHashMap.newKeySet();

	private final AccountService accounts;

	ConsentGate(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentRunner runner
				&& pages.matches(request) && !consented(runner.id())) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + consentPage(request));
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean consented(long accountId) {
		if (consented.contains(accountId)) {
			return true;
		}
		if (!accounts.hasConsented(accountId)) {
			return false;
		}
		if (consented.size() >= MAX_REMEMBERED) {
			consented.clear();
		}
		consented.add(accountId);
		return true;
	}

	/** The consent page, with the page the runner was going to when it was one they can go back to. */
	private static String consentPage(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return AccountUrls.CONSENT;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		return UriComponentsBuilder.fromPath(AccountUrls.CONSENT)
			.queryParam("next", "{next}")
			.encode()
			.buildAndExpand(next)
			.toUriString();
	}

}
