package dev.hipflex.share;

import java.util.Locale;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.Paper;
import dev.hipflex.routine.WeekHandouts;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.BaseUrl;
import dev.hipflex.system.CachePolicyFilter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The clinic's handout: the runner's week with the QR code of one of their share links. Only the link's hash is
 * kept, so the runner brings the link: from the page that has just made it, or pasted on their week's page. It
 * must be their own link and work now; the code holds the address made here from the token, never the text
 * sent. The link travels in the form's body and the PDF is not stored by anyone ({@code private, no-store}, a
 * download), so it is in no address, log or cache.
 */
@Controller
class HandoutController {

	private final ShareLinks links;

	private final WeekHandouts handouts;

	private final BaseUrl baseUrl;

	HandoutController(ShareLinks links, WeekHandouts handouts, BaseUrl baseUrl) {
		this.links = links;
		this.handouts = handouts;
		this.baseUrl = baseUrl;
	}

	@PostMapping(ShareUrls.HANDOUT)
	ResponseEntity<byte[]> handout(@AuthenticationPrincipal CurrentRunner runner,
			@RequestParam(required = false) String link, @RequestParam(required = false) String paper, Locale locale) {
		Paper size = Paper.chosen(paper);
		String linkStart = baseUrl.of(ShareUrls.SHARED + "/");
		String token = ShareLinks.tokenIn(link, linkStart)
			.orElseThrow(() -> new BadRequestException("handout.link.invalid"));
		ShareLinks.Link live = links.live(runner.id(), token).orElseThrow(NotALiveLink::new);
		byte[] pdf = handouts.clinic(runner.id(), size,
				new WeekHandouts.ClinicLink(linkStart + token, live.label(), live.expires().toLocalDate()), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, CachePolicyFilter.PRIVATE)
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("hipflex-clinic-handout-" + size.slug() + ".pdf")
				.build()
				.toString())
			.body(pdf);
	}

	/**
	 * The same answer for another runner's link, a revoked or expired one and one never made: 404, as for any
	 * row of another runner's, and nothing made.
	 */
	@ExceptionHandler(NotALiveLink.class)
	ModelAndView notALiveLink() {
		ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("messageKey", "handout.link.unknown");
		page.addObject("messageArguments", new Object[0]);
		return page;
	}

	private static final class NotALiveLink extends RuntimeException {

		NotALiveLink() {
			super(null, null, false, false);
		}

	}

}
