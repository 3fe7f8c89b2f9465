package dev.hipflex.share;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.hipflex.account.LoginThrottle;
import dev.hipflex.account.TooManyAttemptsException;
import dev.hipflex.routine.DoseInput;
import dev.hipflex.routine.PlanChanges;
import dev.hipflex.routine.RoutineUrls;
import dev.hipflex.routine.WeekEditor;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.CachePolicyFilter;
import dev.hipflex.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A clinician's summary, opened through a share link without an account: the token in the address is the key.
 * The page and its refusals are kept by no cache, indexed by no search engine and send no referrer (the address
 * is the secret). Wrong links are counted per client address as wrong passwords are ({@link LoginThrottle}); a
 * link that is not a live one's gets the same plain 404, revoked, expired, mangled or never made. Through a link
 * that allows it the clinician may also change a dose, swap an exercise and note a day (the POSTs below, with
 * Spring Security's usual CSRF token, which the anonymous visitor's session holds): each opens the link as a GET
 * does, a view-only link is a 403, and the change is the routine module's {@link PlanChanges}, which records it.
 */
@Controller
class SharedController {

	static final String ADJUST_ENTRY = ShareUrls.SHARED + "/{token}/routines/{routine}/entries/{entry}";

	static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

	static final String NO_REFERRER = "no-referrer";

	static final String NOINDEX = "noindex, nofollow";

	private final ShareLinks links;

	private final ClinicianSummaries summaries;

	private final LoginThrottle throttle;

	private final MessageSource messages;

	private final ClinicianAdjustments adjustments;

	private final PlanChanges changes;

	SharedController(ShareLinks links, ClinicianSummaries summaries, LoginThrottle throttle, MessageSource messages,
			ClinicianAdjustments adjustments, PlanChanges changes) {
		this.adjustments = adjustments;
		this.changes = changes;
		this.links = links;
		this.summaries = summaries;
		this.throttle = throttle;
		this.messages = messages;
	}

	@GetMapping(ShareUrls.SHARED + "/{token}")
	Object shared(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		return opened(token, request, locale, link -> summary(link, token, response, model, adjustments.none()));
	}

	/**
	 * The live link of the token, counted by the throttle, for {@code answer}; the plain refusals otherwise (429 for
	 * an address that tried too many wrong links, 404 for a link that does not work).
	 */
	Object opened(String token, HttpServletRequest request, Locale locale, Function<ShareLinks.Opened, Object> answer) {
		Optional<ShareLinks.Opened> link;
		try {
			link = throttle.linkOpened(request.getRemoteAddr(), () -> links.open(token));
		}
		catch (TooManyAttemptsException refused) {
			return plain(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()))
				.body(messages.getMessage("share.shared.tooMany", new Object[] { refused.retryAfterMinutes() }, locale));
		}
		if (link.isEmpty()) {
			return refusal(HttpStatus.NOT_FOUND, "share.shared.notFound", locale);
		}
		return answer.apply(link.get());
	}

	/** The summary through a live link, with the forms to adjust the plan if the link allows it. */
	String summary(ShareLinks.Opened link, String token, HttpServletResponse response, Model model,
			ClinicianAdjustments.Forms forms) {
		privateHeaders(response);
		model.addAttribute("summary", summaries.of(link.accountId()));
		model.addAttribute("preview", false);
		if (link.mayAdjust()) {
			model.addAttribute("adjust", adjustments.page(link.accountId(), token, forms));
		}
		return "share/summary";
	}

	ResponseEntity<String> refusal(HttpStatus status, String messageKey, Locale locale) {
		return plain(status).body(messages.getMessage(messageKey, null, locale));
	}

	@PostMapping(ADJUST_ENTRY + "/dose")
	Object dose(@PathVariable String token, @PathVariable long routine, @PathVariable long entry,
			@RequestParam(required = false) String setsMin, @RequestParam(required = false) String setsMax,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String amountMin,
			@RequestParam(required = false) String amountMax, @RequestParam(defaultValue = "false") boolean perSide,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		DoseInput input = new DoseInput(setsMin, setsMax, unit, amountMin, amountMax, perSide);
		return adjusting(token, request, locale, link -> {
			if (!changes.changeDose(link.accountId(), link.label(), routine, entry, input).isEmpty()) {
				return notSaved(link, token, response, model, ClinicianAdjustments.Forms.dose(entry, input));
			}
			return saved(token, redirect);
		});
	}

	@PostMapping(ADJUST_ENTRY + "/exercise")
	Object swap(@PathVariable String token, @PathVariable long routine, @PathVariable long entry,
			@RequestParam(required = false) String exercise, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale, RedirectAttributes redirect) {
		return adjusting(token, request, locale, link -> {
			try {
				changes.swapExercise(link.accountId(), link.label(), routine, entry, id(exercise));
			}
			catch (BadRequestException unknown) {
				return notSaved(link, token, response, model,
						ClinicianAdjustments.Forms.swap(entry, unknown.getMessageKey()));
			}
			return saved(token, redirect);
		});
	}

	@PostMapping(ShareUrls.SHARED + "/{token}/days/{day}/note")
	Object note(@PathVariable String token, @PathVariable String day, @RequestParam(required = false) String note,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale,
			RedirectAttributes redirect) {
		DayOfWeek dayOfWeek = Arrays.stream(DayOfWeek.values())
			.filter(candidate -> RoutineUrls.day(candidate).equals(day))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("day " + day));
		return adjusting(token, request, locale, link -> {
			Optional<String> problem = note == null ? Optional.of("share.adjust.note.missing")
					: WeekEditor.noteProblem(note);
			if (problem.isPresent()) {
				return notSaved(link, token, response, model,
						ClinicianAdjustments.Forms.note(dayOfWeek, note, problem.get()));
			}
			changes.changeNote(link.accountId(), link.label(), dayOfWeek, note);
			return saved(token, redirect);
		});
	}

	/** A change through a link: only a live link that allows it (403 for one that only shows the summary). */
	private Object adjusting(String token, HttpServletRequest request, Locale locale,
			Function<ShareLinks.Opened, Object> change) {
		return opened(token, request, locale, link -> link.mayAdjust() ? change.apply(link)
				: refusal(HttpStatus.FORBIDDEN, "share.shared.viewOnly", locale));
	}

	private String notSaved(ShareLinks.Opened link, String token, HttpServletResponse response, Model model,
			ClinicianAdjustments.Forms forms) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return summary(link, token, response, model, forms);
	}

	private static String saved(String token, RedirectAttributes redirect) {
		redirect.addFlashAttribute("adjusted", true);
		return "redirect:" + ShareUrls.SHARED + "/" + token + "#adjust";
	}

	/** An exercise's id as the swap form sends it; null (no such exercise) for anything else. */
	private static Long id(String sent) {
		return sent != null && sent.matches("[0-9]{1,18}") ? Long.valueOf(sent) : null;
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
