package dev.hipflex.routine;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.hipflex.system.CachePolicyFilter;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A subscribed calendar's feed. Calendar apps fetch it without a login: the secret token in the address is
 * the key. Neither the feed nor its refusal may be kept by any cache, and a token that is not a live
 * subscription's gets a plain 404, the same for a revoked one as for one never made.
 */
@Controller
class CalendarFeedController {

	static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private final CalendarSubscriptions subscriptions;

	private final MessageSource messages;

	CalendarFeedController(CalendarSubscriptions subscriptions, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.messages = messages;
	}

	@GetMapping(RoutineUrls.CALENDAR_FEED + "/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
		return subscriptions.feed(token, locale)
			.map(ics -> ResponseEntity.ok()
				.header(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE)
				.contentType(WeekController.CALENDAR)
				.body(ics))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.header(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE)
				.contentType(PLAIN)
				.body(messages.getMessage("subscription.feed.notFound", null, locale)));
	}

}
