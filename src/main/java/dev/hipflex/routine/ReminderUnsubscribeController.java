package dev.hipflex.routine;

import java.util.Locale;

import dev.hipflex.system.CachePolicyFilter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A reminder mail's unsubscribe link, without a login: the token is the key. Opening it only asks (mail
 * scanners open every link in a mail); the POST turns the mails off, from the page's button or from a mail
 * app's one-click unsubscribe (RFC 8058), which sends no CSRF token: this one path is exempt (docs/security.md).
 * A token that is not a live link's gets a plain 404. Nothing here is cached.
 */
@Controller
class ReminderUnsubscribeController {

	static final String VIEW = "reminders/unsubscribe";

	private final WeekReminders reminders;

	private final MessageSource messages;

	ReminderUnsubscribeController(WeekReminders reminders, MessageSource messages) {
		this.reminders = reminders;
		this.messages = messages;
	}

	@GetMapping(RoutineUrls.REMINDER_UNSUBSCRIBE + "/{token}")
	String ask(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!reminders.isLink(token)) {
			throw new UnknownLink();
		}
		return page(model, token, false, response);
	}

	@PostMapping(RoutineUrls.REMINDER_UNSUBSCRIBE + "/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!reminders.unsubscribe(token)) {
			throw new UnknownLink();
		}
		return page(model, token, true, response);
	}

	private static String page(Model model, String token, boolean done, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE);
		model.addAttribute("token", token);
		model.addAttribute("done", done);
		return VIEW;
	}

	/** Answered plainly, the same for a link never made as for one turned off or expired. */
	@ExceptionHandler(UnknownLink.class)
	ResponseEntity<String> notFound(Locale locale) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.header(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE)
			.contentType(CalendarFeedController.PLAIN)
			.body(messages.getMessage("reminderMail.unsubscribe.notFound", null, locale));
	}

	private static final class UnknownLink extends RuntimeException {

		UnknownLink() {
			super(null, null, false, false);
		}

	}

}
