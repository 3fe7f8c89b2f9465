package dev.hipflex.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dev.hipflex.system.Mailer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?" ({@link PasswordResets}): the email form, the page that says a link may be on its way
 * (the same for every email), and the link's new-password form. A link that no longer works gets a page that
 * says so, with a way to ask again, and status 410.
 */
@Controller
class PasswordResetController {

	static final String FORGOT_VIEW = "account/forgot-password";

	static final String SENT_VIEW = "account/reset-sent";

	static final String NEW_PASSWORD_VIEW = "account/new-password";

	static final String LINK_DEAD_VIEW = "account/link-dead";

	private final PasswordResets resets;

	private final PasswordRules rules;

	private final Logins logins;

	private final Mailer mailer;

	PasswordResetController(PasswordResets resets, PasswordRules rules, Logins logins, Mailer mailer) {
		this.resets = resets;
		this.rules = rules;
		this.logins = logins;
		this.mailer = mailer;
	}

	/** How long a mailed link works, for the pages that say so. */
	@ModelAttribute("minutes")
	long minutes() {
		return AccountTokens.LIFETIME.toMinutes();
	}

	@GetMapping(AccountUrls.PASSWORD_RESET)
	String forgotForm(Model model) {
		model.addAttribute("form", new ForgotPasswordForm());
		return FORGOT_VIEW;
	}

	@PostMapping(AccountUrls.PASSWORD_RESET)
	String forgot(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasFieldErrors("email") && !AccountService.emailFits(form.getEmail())) {
			result.rejectValue("email", "account.email.tooLong");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return FORGOT_VIEW;
		}
		try {
			resets.request(form.getEmail(), request.getRemoteAddr());
		}
		catch (TooManyAttemptsException refused) {
			TooManyAttemptsAnswer.status(response, refused);
			result.reject("passwordReset.throttled", new Object[] { refused.retryAfterMinutes() }, null);
			return FORGOT_VIEW;
		}
		return "redirect:" + AccountUrls.PASSWORD_RESET_SENT;
	}

	@GetMapping(AccountUrls.PASSWORD_RESET_SENT)
	String sent(Model model) {
		// Where the outbox is stays in the log: the page only says that there is one.
		model.addAttribute("outbox", !mailer.hasServer());
		return SENT_VIEW;
	}

	@GetMapping(AccountUrls.PASSWORD_RESET_NEW)
	String newPasswordForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		if (!resets.isLive(token)) {
			return linkDead(model, response, AccountUrls.PASSWORD_RESET);
		}
		PasswordResetForm form = new PasswordResetForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return NEW_PASSWORD_VIEW;
	}

	@PostMapping(AccountUrls.PASSWORD_RESET_NEW)
	String newPassword(@ModelAttribute("form") PasswordResetForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!resets.isLive(form.getToken())) {
			return linkDead(model, response, AccountUrls.PASSWORD_RESET);
		}
		rules.check(form.getPassword(), form.getPasswordRepeated(), result, "password", "passwordRepeated");
		if (result.hasErrors()) {
			form.setPassword(null);
			form.setPasswordRepeated(null);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return NEW_PASSWORD_VIEW;
		}
		Optional<Long> account = resets.reset(form.getToken(), form.getPassword());
		if (account.isEmpty()) {
			return linkDead(model, response, AccountUrls.PASSWORD_RESET); // used by another request a moment ago
		}
		logins.logInByResetLink(account.get(), request, response);
		redirect.addFlashAttribute("message", "passwordReset.saved");
		return "redirect:" + AccountUrls.ACCOUNT;
	}

	/**
	 * A used, expired, replaced or unknown link: all the same to the visitor (which one it was would tell a
	 * stranger holding the link whether it was ever real), with the page where they can ask for a new one.
	 */
	static String linkDead(Model model, HttpServletResponse response, String askAgain) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("askAgain", askAgain);
		model.addAttribute("minutes", AccountTokens.LIFETIME.toMinutes());
		return LINK_DEAD_VIEW;
	}

}
