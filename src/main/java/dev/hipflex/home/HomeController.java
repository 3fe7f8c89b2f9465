package dev.hipflex.home;

import java.time.Clock;
import java.time.LocalDate;

import dev.hipflex.account.CurrentRunner;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final HomeService home;

	private final Clock clock;

	HomeController(HomeService home, Clock clock) {
		this.home = home;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		if (runner != null) {
			model.addAttribute("today", home.today(runner.id(), LocalDate.now(clock)));
		}
		return VIEW;
	}

}
