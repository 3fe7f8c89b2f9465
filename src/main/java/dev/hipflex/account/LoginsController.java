package dev.hipflex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Log out everywhere else", under the list of logins on the account page. */
@Controller
class LoginsController {

	private final Logins logins;

	LoginsController(Logins logins) {
		this.logins = logins;
	}

	@PostMapping(AccountUrls.LOG_OUT_ELSEWHERE)
	String logOutEverywhereElse(@AuthenticationPrincipal CurrentRunner runner, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		logins.logOutEverywhereElse(runner, request, response);
		redirect.addFlashAttribute("message", "account.logins.loggedOutElsewhere");
		return "redirect:" + AccountUrls.ACCOUNT;
	}

}
