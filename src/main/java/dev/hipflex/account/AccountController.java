package dev.hipflex.account;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

	static final String REGISTER_VIEW = "account/register";

	static final String LOGIN_VIEW = "account/login";

	static final String ACCOUNT_VIEW = "account/account";

	static final String DELETE_VIEW = "account/delete";

	static final String EMAIL_CONFIRM_VIEW = "account/email-confirm";

	static final String USUAL_PAIN_FORM = "usualPainForm";

	static final String EMAIL_FORM = "emailForm";

	private final AccountService accounts;

	private final PasswordRules rules;

	private final Logins logins;

	private final EmailChanges emailChanges;

	private final RunnerZone runnerZone;

	AccountController(AccountService accounts, PasswordRules rules, Logins logins, EmailChanges emailChanges,
			RunnerZone runnerZone) {
		this.accounts = accounts;
		this.runnerZone = runnerZone;
		this.rules = rules;
		this.logins = logins;
		this.emailChanges = emailChanges;
	}

	@GetMapping(AccountUrls.REGISTER)
	String registerForm(Model model) {
		model.addAttribute("form", new RegistrationForm());
		return REGISTER_VIEW;
	}

	@PostMapping(AccountUrls.REGISTER)
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!AccountService.emailFits(form.getEmail())) {
			result.rejectValue("email", "account.email.tooLong");
		}
		rules.check(form.getPassword(), form.getPasswordRepeated(), result, "password", "passwordRepeated");
		Optional<HealthDataConsent> consent = form.read(result);
		if (result.hasErrors() || consent.isEmpty()) {
			form.setPassword(null);
			form.setPasswordRepeated(null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return REGISTER_VIEW;
		}
		accounts.register(form.getEmail(), form.getPassword(), consent.get());
		redirect.addFlashAttribute("message", "account.registered");
		return "redirect:" + AccountUrls.LOGIN;
	}

	@GetMapping(AccountUrls.LOGIN)
	String login(HttpServletRequest request, Model model) {
		model.addAttribute("loginFailed", request.getParameterMap().containsKey("error"));
		model.addAttribute("loggedOut", request.getParameterMap().containsKey("loggedOut"));
		if (request.getAttribute(TooManyAttemptsAnswer.RETRY_AFTER_MINUTES) instanceof Long minutes) {
			model.addAttribute("loginFailed", false);
			model.addAttribute("retryAfterMinutes", minutes);
		}
		return LOGIN_VIEW;
	}

	@GetMapping(AccountUrls.ACCOUNT)
	String account(@AuthenticationPrincipal CurrentRunner runner, HttpServletRequest request, Model model) {
		return accountPage(runner, model, request);
	}

	@PostMapping(AccountUrls.USUAL_PAIN)
	String saveUsualPain(@AuthenticationPrincipal CurrentRunner runner,
			@ModelAttribute(USUAL_PAIN_FORM) UsualPainForm usualPainForm, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		UsualPain.Input input = UsualPain.read(usualPainForm.getUsualPain());
		if (!input.isValid()) {
			result.rejectValue("usualPain", input.problem(), input.arguments(), null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return accountPage(runner, model, request);
		}
		accounts.setUsualPain(runner.id(), input.level());
		redirect.addFlashAttribute("message", "account.usualPain.saved");
		redirect.addFlashAttribute("messageArguments", new Object[] { input.level() });
		return "redirect:" + AccountUrls.ACCOUNT;
	}

	/** The runner's time zone: one of the select's zones; any other value is a 400 and changes nothing. */
	@PostMapping(AccountUrls.TIME_ZONE)
	String saveTimeZone(@AuthenticationPrincipal CurrentRunner runner,
			@RequestParam(name = "timeZone", required = false) String timeZone, RedirectAttributes redirect) {
		ZoneId zone = runnerZone.setTimeZone(runner.id(), timeZone);
		redirect.addFlashAttribute("message", "account.timeZone.saved");
		redirect.addFlashAttribute("messageArguments", new Object[] { zone.getId() });
		return "redirect:" + AccountUrls.ACCOUNT + "#time-zone";
	}

	/**
	 * The account page, with the forms the model does not hold yet filled from what is saved. The email is the
	 * account's as stored: a login keeps the one it logged in with, and the runner may have changed it since.
	 */
	private String accountPage(CurrentRunner runner, Model model, HttpServletRequest request) {
		Account account = accounts.account(runner.id()).orElse(null);
		if (account == null) {
			return "redirect:" + AccountUrls.LOGIN; // deleted a moment ago: its logins are over
		}
		model.addAttribute("runner", runner);
		model.addAttribute("account", account);
		model.addAttribute("pendingEmail", emailChanges.pending(runner.id()).orElse(null));
		model.addAttribute("minutes", AccountTokens.LIFETIME.toMinutes());
		model.addAttribute("logins", logins.of(runner, request));
		model.addAttribute("zones", runnerZone.zones());
		model.addAttribute("chosenZone", runnerZone.chosen(runner.id()));
		model.addAttribute("serverZone", runnerZone.serverZone().getId());
		if (!model.containsAttribute(USUAL_PAIN_FORM)) {
			UsualPainForm usualPain = new UsualPainForm();
			usualPain.setUsualPain(Integer.toString(account.getUsualPain()));
			model.addAttribute(USUAL_PAIN_FORM, usualPain);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PasswordChangeForm());
		}
		if (!model.containsAttribute(EMAIL_FORM)) {
			model.addAttribute(EMAIL_FORM, new EmailChangeForm());
		}
		return ACCOUNT_VIEW;
	}

	/** The account's email as stored now; the one the runner logged in with if the account has just gone. */
	private String email(CurrentRunner runner) {
		return accounts.account(runner.id()).map(Account::getEmail).orElse(runner.email());
	}

	@PostMapping(AccountUrls.EMAIL)
	String changeEmail(@AuthenticationPrincipal CurrentRunner runner,
			@Valid @ModelAttribute(EMAIL_FORM) EmailChangeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newEmail") && !AccountService.emailFits(form.getNewEmail())) {
			result.rejectValue("newEmail", "account.email.tooLong");
		}
		if (!result.hasFieldErrors("newEmail") && AccountService.normaliseEmail(form.getNewEmail())
			.equals(email(runner))) {
			result.rejectValue("newEmail", "account.email.same");
		}
		if (!result.hasErrors()) {
			try {
				emailChanges.request(runner.id(), form.getNewEmail(), form.getPassword(), request.getRemoteAddr())
					.ifPresent(problem -> result.rejectValue("password", problem));
			}
			catch (TooManyAttemptsException refused) {
				TooManyAttemptsAnswer.status(response, refused);
				result.reject("account.email.throttled", new Object[] { refused.retryAfterMinutes() }, null);
				form.setPassword(null);
				return accountPage(runner, model, request);
			}
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return accountPage(runner, model, request);
		}
		redirect.addFlashAttribute("message", "account.email.linkSent");
		redirect.addFlashAttribute("messageArguments", new Object[] { AccountService.normaliseEmail(form.getNewEmail()),
				AccountTokens.LIFETIME.toMinutes() });
		return "redirect:" + AccountUrls.ACCOUNT;
	}

	@GetMapping(AccountUrls.EMAIL_CONFIRM)
	String confirmEmailPage(@AuthenticationPrincipal CurrentRunner runner,
			@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<String> newEmail = emailChanges.confirmable(runner.id(), token);
		if (newEmail.isEmpty()) {
			return PasswordResetController.linkDead(model, response, AccountUrls.ACCOUNT + "#email");
		}
		model.addAttribute("token", token);
		model.addAttribute("newEmail", newEmail.get());
		model.addAttribute("email", email(runner));
		return EMAIL_CONFIRM_VIEW;
	}

	@PostMapping(AccountUrls.EMAIL_CONFIRM)
	String confirmEmail(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String token,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String newEmail = emailChanges.confirmable(runner.id(), token).orElse(null);
		switch (emailChanges.confirm(runner.id(), token)) {
			case CHANGED -> {
				redirect.addFlashAttribute("message", "account.email.changed");
				redirect.addFlashAttribute("messageArguments", new Object[] { newEmail });
				return "redirect:" + AccountUrls.ACCOUNT;
			}
			case TAKEN -> {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("token", token);
				model.addAttribute("newEmail", newEmail);
				model.addAttribute("email", email(runner));
				model.addAttribute("taken", true);
				return EMAIL_CONFIRM_VIEW;
			}
			default -> {
				return PasswordResetController.linkDead(model, response, AccountUrls.ACCOUNT + "#email");
			}
		}
	}

	@PostMapping(AccountUrls.PASSWORD)
	String changePassword(@AuthenticationPrincipal CurrentRunner runner,
			@ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!Objects.equals(form.getNewPassword(), form.getNewPasswordRepeated())) {
			result.rejectValue("newPasswordRepeated", "password.mismatch");
		}
		else {
			try {
				accounts.changePassword(runner.id(), form.getCurrentPassword(), form.getNewPassword(),
						request.getRemoteAddr())
					.ifPresent(problem -> result.rejectValue(
							problem.equals("account.password.wrongCurrent") ? "currentPassword" : "newPassword", problem));
			}
			catch (TooManyAttemptsException refused) {
				TooManyAttemptsAnswer.status(response, refused);
				result.reject("security.password.throttled", new Object[] { refused.retryAfterMinutes() }, null);
				return accountPageAgain(runner, form, model, request);
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return accountPageAgain(runner, form, model, request);
		}
		logins.keepOnlyThis(runner, request, response);
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:" + AccountUrls.ACCOUNT;
	}

	/** The account page with the form's problems; what was typed in its password fields is not sent back. */
	private String accountPageAgain(CurrentRunner runner, PasswordChangeForm form, Model model,
			HttpServletRequest request) {
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setNewPasswordRepeated(null);
		return accountPage(runner, model, request);
	}

	@GetMapping(AccountUrls.DELETE)
	String confirmDelete(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		model.addAttribute("email", email(runner));
		return DELETE_VIEW;
	}

	@PostMapping(AccountUrls.DELETE)
	String delete(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String password,
			Model model, Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		model.addAttribute("email", email(runner));
		try {
			if (!accounts.passwordMatches(runner.id(), password, request.getRemoteAddr())) {
				model.addAttribute("passwordError", "account.delete.wrongPassword");
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				return DELETE_VIEW;
			}
		}
		catch (TooManyAttemptsException refused) {
			model.addAttribute("retryAfterMinutes", refused.retryAfterMinutes());
			TooManyAttemptsAnswer.status(response, refused);
			return DELETE_VIEW;
		}
		accounts.delete(runner.id());
		logins.accountDeleted(runner.id(), request);
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		redirect.addFlashAttribute("message", "account.deleted");
		return "redirect:/";
	}

}
