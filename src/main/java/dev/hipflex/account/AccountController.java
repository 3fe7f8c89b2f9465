package dev.hipflex.account;

import java.util.Objects;

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

	private final AccountService accounts;

	private final PasswordRules rules;

	AccountController(AccountService accounts, PasswordRules rules) {
		this.accounts = accounts;
		this.rules = rules;
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
		rules.problem(form.getPassword()).ifPresent(problem -> result.rejectValue("password", problem));
		if (!result.hasFieldErrors("password") && !Objects.equals(form.getPassword(), form.getPasswordRepeated())) {
			result.rejectValue("passwordRepeated", "password.mismatch");
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			form.setPasswordRepeated(null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return REGISTER_VIEW;
		}
		accounts.register(form.getEmail(), form.getPassword());
		redirect.addFlashAttribute("message", "account.registered");
		return "redirect:" + AccountUrls.LOGIN;
	}

	@GetMapping(AccountUrls.LOGIN)
	String login(HttpServletRequest request, Model model) {
		model.addAttribute("loginFailed", request.getParameterMap().containsKey("error"));
		model.addAttribute("loggedOut", request.getParameterMap().containsKey("loggedOut"));
		if (request.getAttribute(LoginThrottleFilter.RETRY_AFTER_SECONDS) instanceof Long seconds) {
			model.addAttribute("loginFailed", false);
			model.addAttribute("retryAfterMinutes", (seconds + 59) / 60);
		}
		return LOGIN_VIEW;
	}

	@GetMapping(AccountUrls.ACCOUNT)
	String account(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		model.addAttribute("runner", runner);
		model.addAttribute("form", new PasswordChangeForm());
		return ACCOUNT_VIEW;
	}

	@PostMapping(AccountUrls.PASSWORD)
	String changePassword(@AuthenticationPrincipal CurrentRunner runner,
			@ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!Objects.equals(form.getNewPassword(), form.getNewPasswordRepeated())) {
			result.rejectValue("newPasswordRepeated", "password.mismatch");
		}
		else {
			accounts.changePassword(runner.id(), form.getCurrentPassword(), form.getNewPassword())
				.ifPresent(problem -> result.rejectValue(
						problem.equals("account.password.wrongCurrent") ? "currentPassword" : "newPassword", problem));
		}
		if (result.hasErrors()) {
			model.addAttribute("runner", runner);
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setNewPasswordRepeated(null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return ACCOUNT_VIEW;
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:" + AccountUrls.ACCOUNT;
	}

	@GetMapping(AccountUrls.DELETE)
	String confirmDelete(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		model.addAttribute("runner", runner);
		return DELETE_VIEW;
	}

	@PostMapping(AccountUrls.DELETE)
	String delete(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String password,
			Model model, Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!accounts.passwordMatches(runner.id(), password)) {
			model.addAttribute("runner", runner);
			model.addAttribute("passwordError", "account.delete.wrongPassword");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return DELETE_VIEW;
		}
		accounts.delete(runner.id());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		redirect.addFlashAttribute("message", "account.deleted");
		return "redirect:/";
	}

}
