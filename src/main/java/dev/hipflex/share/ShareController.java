package dev.hipflex.share;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.Paper;
import dev.hipflex.system.BaseUrl;
import dev.hipflex.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runner's share links ({@code /account/shares}): make one after a preview of exactly what the clinician will
 * see, list them with when each was last opened, renew or revoke one. A new link is shown once, in the answer to
 * the form that made it (no redirect, so it never passes through the session's flash attributes).
 */
@Controller
class ShareController {

	static final String PAGE = "share/shares";

	private final ShareLinks links;

	private final ClinicianSummaries summaries;

	private final BaseUrl baseUrl;

	ShareController(ShareLinks links, ClinicianSummaries summaries, BaseUrl baseUrl) {
		this.links = links;
		this.summaries = summaries;
		this.baseUrl = baseUrl;
	}

	@GetMapping(ShareUrls.SHARES)
	String shares(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		return page(runner, model, "", ShareExpiry.ONE_MONTH.value());
	}

	/** The summary as the clinician will see it, with the runner's own data, and the button that makes the link. */
	@GetMapping(ShareUrls.PREVIEW)
	String preview(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String label,
			@RequestParam(required = false) String expiry, @RequestParam(required = false) String mayAdjust,
			Model model, HttpServletResponse response) {
		Optional<String> problem = problem(label, expiry, mayAdjust);
		if (problem.isPresent()) {
			model.addAttribute("mayAdjust", mayAdjust(mayAdjust).orElse(false));
			return refused(runner, model, label, expiry, problem.get(), response);
		}
		SharedController.privateHeaders(response);
		model.addAttribute("summary", summaries.of(runner.id()));
		model.addAttribute("preview", true);
		model.addAttribute("label", label.strip());
		model.addAttribute("expiry", expiry);
		model.addAttribute("mayAdjust", mayAdjust(mayAdjust).orElseThrow());
		return "share/summary";
	}

	@PostMapping(ShareUrls.SHARES)
	String create(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String label,
			@RequestParam(required = false) String expiry, @RequestParam(required = false) String mayAdjust,
			Model model, HttpServletResponse response) {
		Optional<String> problem = problem(label, expiry, mayAdjust);
		if (problem.isPresent()) {
			model.addAttribute("mayAdjust", mayAdjust(mayAdjust).orElse(false));
			return refused(runner, model, label, expiry, problem.get(), response);
		}
		String token;
		try {
			token = links.create(runner.id(), label, ShareExpiry.parse(expiry).orElseThrow(),
					mayAdjust(mayAdjust).orElseThrow());
		}
		catch (IllegalStateException tooMany) {
			return refused(runner, model, label, expiry, "share.tooMany", response);
		}
		model.addAttribute("createdLabel", label.strip());
		model.addAttribute("createdLink", baseUrl.of(ShareUrls.SHARED + "/" + token));
		model.addAttribute("papers", Paper.values());
		return page(runner, model, "", ShareExpiry.ONE_MONTH.value());
	}

	@PostMapping(ShareUrls.SHARES + "/{id}/renew")
	String renew(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id,
			@RequestParam(required = false) String expiry, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<ShareExpiry> chosen = ShareExpiry.parse(expiry);
		if (chosen.isEmpty()) {
			return refused(runner, model, "", ShareExpiry.ONE_MONTH.value(), "share.expiry.invalid", response);
		}
		if (!links.renew(runner.id(), id, chosen.get())) {
			throw new NotFoundException("share link " + id);
		}
		redirect.addFlashAttribute("renewed", true);
		return "redirect:" + ShareUrls.SHARES;
	}

	@PostMapping(ShareUrls.SHARES + "/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, RedirectAttributes redirect) {
		if (!links.revoke(runner.id(), id)) {
			throw new NotFoundException("share link " + id);
		}
		redirect.addFlashAttribute("revoked", true);
		return "redirect:" + ShareUrls.SHARES;
	}

	private static Optional<String> problem(String label, String expiry, String mayAdjust) {
		return ShareLinks.labelProblem(label)
			.or(() -> ShareExpiry.parse(expiry).isEmpty() ? Optional.of("share.expiry.invalid") : Optional.empty())
			.or(() -> mayAdjust(mayAdjust).isEmpty() ? Optional.of("share.adjust.invalid") : Optional.empty());
	}

	/** The box "let them adjust my plan": ticked sends true, unticked nothing; anything else is no answer. */
	private static Optional<Boolean> mayAdjust(String sent) {
		if (sent == null || sent.equals("false")) {
			return Optional.of(false);
		}
		return sent.equals("true") ? Optional.of(true) : Optional.empty();
	}

	/** The page again with the form as sent and what is wrong with it: 400, and nothing stored. */
	private String refused(CurrentRunner runner, Model model, String label, String expiry, String problem,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", problem);
		return page(runner, model, label == null ? "" : label, expiry);
	}

	private String page(CurrentRunner runner, Model model, String label, String expiry) {
		model.addAttribute("links", links.of(runner.id()));
		model.addAttribute("expiries", Arrays.asList(ShareExpiry.values()));
		model.addAttribute("label", label);
		model.addAttribute("expiry", ShareExpiry.parse(expiry).orElse(ShareExpiry.ONE_MONTH).value());
		model.addAttribute("labelMax", ShareLinks.LABEL_MAX);
		model.addAttribute("linksMax", ShareLinks.LINKS_MAX);
		model.addAttribute("mayAdjust", Boolean.TRUE.equals(model.getAttribute("mayAdjust")));
		return PAGE;
	}

}
