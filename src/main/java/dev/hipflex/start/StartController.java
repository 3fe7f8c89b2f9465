package dev.hipflex.start;

import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The start screen ({@code /my/start}): the questions, and after answers that name a red flag, the stop. The
 * same page changes the answers later (the account page links to it). A form with mistakes comes back with a
 * 400 and the messages beside the fields, and nothing is stored.
 */
@Controller
class StartController {

	static final String START_VIEW = "start/start";

	private final StartService start;

	StartController(StartService start) {
		this.start = start;
	}

	@GetMapping(StartUrls.START)
	String form(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String next,
			Model model) {
		StartForm form = start.form(runner.id());
		form.setNext(StartUrls.next(next));
		model.addAttribute("form", form);
		return page(runner, model);
	}

	@PostMapping(StartUrls.START)
	String save(@AuthenticationPrincipal CurrentRunner runner, @ModelAttribute("form") StartForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		StartService.Saved saved = start.save(runner.id(), form);
		if (!saved.problems().isEmpty()) {
			saved.problems().forEach(problem -> result.rejectValue(problem.field(), problem.key(), problem.arguments(), null));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(runner, model);
		}
		if (saved.screening().isStopped()) {
			redirect.addFlashAttribute("message", "start.saved.stopped");
			return "redirect:" + StartUrls.START;
		}
		redirect.addFlashAttribute("message", "start.saved");
		return "redirect:" + StartUrls.next(form.getNext());
	}

	private String page(CurrentRunner runner, Model model) {
		model.addAttribute("page", start.page(runner.id()));
		return START_VIEW;
	}

}
