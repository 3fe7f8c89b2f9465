package dev.hipflex.share;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.hipflex.account.LoginThrottle;
import dev.hipflex.account.TooManyAttemptsException;
import dev.hipflex.system.CachePolicyFilter;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A clinician's summary, opened through a share link without an account: the token in the address is the key.
 * The page and its refusals are kept by no cache, indexed by no search engine and send no referrer (the address
 * is the secret). Wrong links are counted per client address as wrong passwords are ({@link LoginThrottle}); a
 * link that is not a live one's gets the same plain 404, revoked, expired, mangled or never made.
 */
@Controller
class SharedController {

	static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

	static final String NO_REFERRER = "no-referrer";

	static final String NOINDEX = "noindex, nofollow";

	private final ShareLinks links;

	private final ClinicianSummaries summaries;

	private final LoginThrottle throttle;

	private final MessageSource messages;

	SharedController(ShareLinks links, ClinicianSummaries summaries, LoginThrottle throttle, MessageSource messages) {
		this.links = links;
		this.summaries = summaries;
		this.throttle = throttle;
		this.messages = messages;
	}

	@GetMapping(ShareUrls.SHARED + "/{token}")
	Object shared(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		Optional<Long> account;
		try {
			account = throttle.linkOpened(request.getRemoteAddr(), () -> links.open(token));
		}
		catch (TooManyAttemptsException refused) {
			return plain(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()))
				.body(messages.getMessage("share.shared.tooMany", new Object[] { refused.retryAfterMinutes() }, locale));
		}
		if (account.isEmpty()) {
			return plain(HttpStatus.NOT_FOUND)
				.body(messages.getMessage("share.shared.notFound", null, locale));
		}
		privateHeaders(response);
		model.addAttribute("summary", summaries.of(account.get()));
		model.addAttribute("preview", false);
		return "share/summary";
	}

	/** The headers of the summary, for the clinician and in the runner's preview alike. */
	static void privateHeaders(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE);
		response.setHeader("X-Robots-Tag", NOINDEX);
		response.setHeader("Referrer-Policy", NO_REFERRER);
	}

	private static ResponseEntity.BodyBuilder plain(HttpStatus status) {
		return ResponseEntity.status(status)
			.header(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE)
			.header("X-Robots-Tag", NOINDEX)
			.header("Referrer-Policy", NO_REFERRER)
			.contentType(PLAIN);
	}

}
