package dev.hipflex.progress;

import dev.hipflex.account.CurrentRunner;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ProgressController {

	static final String VIEW = "progress/progress";

	private final ProgressService progress;

	ProgressController(ProgressService progress) {
		this.progress = progress;
	}

	@GetMapping(ProgressUrls.PROGRESS)
	String progress(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String exercise,
			Model model) {
		model.addAttribute("progress", progress.progress(runner.id(), exercise));
		return VIEW;
	}

}
