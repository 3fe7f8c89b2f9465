package dev.hipflex.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent page for accounts made before registration asked for consent to storing health data
 * ({@link ConsentGate} sends them here): the same questions as registration ({@link ConsentForm}); saying no
 * is deleting the account, which the page links to.
 */
@Controller
class ConsentController {

	static final String CONSENT_VIEW = "account/consent";

	/** Where a runner goes after consenting when they were not on their way to a page of their own. */
	static final String DEFAULT_NEXT = "/journal";

	private final AccountService accounts;

	ConsentController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping(AccountUrls.CONSENT)
	String consentPage(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String next,
			Model model) {
		if (accounts.hasConsented(runner.id())) {
			return "redirect:" + localPath(next);
		}
		model.addAttribute("form", new ConsentForm());
		model.addAttribute("next", localPath(next));
		return CONSENT_VIEW;
	}

	@PostMapping(AccountUrls.CONSENT)
	String consent(@AuthenticationPrincipal CurrentRunner runner, @ModelAttribute("form") ConsentForm form,
			BindingResult result, @RequestParam(required = false) String next, Model model,
			HttpServletResponse response) {
		Optional<HealthDataConsent> consent = form.read(result);
		if (consent.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("next", localPath(next));
			return CONSENT_VIEW;
		}
		accounts.giveConsent(runner.id(), consent.get());
		return "redirect:" + localPath(next);
	}

	/**
	 * The page to go on to: only a path on this site (so the link cannot send the runner elsewhere), as the
	 * browser sent it (encoded, so no braces a redirect would take for a variable), else the journal.
	 */
	static String localPath(String next) {
		if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
				|| next.chars().anyMatch(c -> c <= ' ' || c > '~' || c == '\\' || c == '{' || c == '}')) {
			return DEFAULT_NEXT;
		}
		return next;
	}

}
