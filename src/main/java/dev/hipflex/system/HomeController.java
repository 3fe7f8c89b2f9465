package dev.hipflex.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	@GetMapping("/")
	String home() {
		return VIEW;
	}

}
