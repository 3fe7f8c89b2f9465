package dev.hipflex.journal;

import java.util.List;
import java.util.Optional;

import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guided session's pages. Each step is a small form answered with Post/Redirect/Get, so the session works
 * without JavaScript and nothing moves on by itself; {@code static/js/guided.js} only adds countdowns, an
 * optional sound and a screen kept awake.
 */
@Controller
class GuidedController {

	static final String START_VIEW = "journal/guided-start";

	static final String STEP_VIEW = "journal/guided-step";

	/** The fields of the finish form that are on the page; any other problem is shown in the summary. */
	private static final List<String> FINISH_FIELDS = List.of("effort", "painDuring", "notes");

	private final GuidedSessions guided;

	GuidedController(GuidedSessions guided) {
		this.guided = guided;
	}

	@GetMapping(JournalUrls.GUIDED)
	String start(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		model.addAttribute("view", guided.startPage(runner.id()));
		return START_VIEW;
	}

	@PostMapping(JournalUrls.GUIDED)
	String start(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String routine,
			RedirectAttributes redirect) {
		GuidedSessions.Start start = guided.start(runner.id(), routine);
		if (!start.started()) {
			// One draft per runner: the start page asks to finish or discard it first.
			redirect.addFlashAttribute("message", "guided.draftExists");
			return "redirect:" + JournalUrls.GUIDED;
		}
		return "redirect:" + JournalUrls.guided(start.draftId());
	}

	@GetMapping(JournalUrls.GUIDED_DRAFT)
	String step(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long draft, Model model) {
		return step(model, guided.page(runner.id(), draft), new SessionForm());
	}

	@PostMapping(JournalUrls.GUIDED_DRAFT)
	String record(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long draft,
			@RequestParam(required = false) String step, @RequestParam(required = false) String action,
			@RequestParam(required = false) String amount, Model model, HttpServletResponse response) {
		Optional<SessionFormReader.Problem> problem = guided.record(runner.id(), draft, step, action, amount);
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("amountProblem", problem.get());
			model.addAttribute("typedAmount", amount);
			return step(model, guided.page(runner.id(), draft), new SessionForm());
		}
		return "redirect:" + JournalUrls.guided(draft) + "#step";
	}

	@PostMapping(JournalUrls.GUIDED_FINISH)
	String finish(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long draft,
			@ModelAttribute("form") SessionForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		GuidedSessions.Finished finished = guided.finish(runner.id(), draft, form);
		if (!finished.problems().isEmpty()) {
			finished.problems().forEach(problem -> {
				if (FINISH_FIELDS.contains(problem.field())) {
					result.rejectValue(problem.field(), problem.key(), problem.arguments().toArray(), null);
				}
				else {
					result.reject(problem.key(), problem.arguments().toArray(), null);
				}
			});
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return step(model, guided.page(runner.id(), draft), form);
		}
		redirect.addFlashAttribute("message", "journal.saved");
		redirect.addFlashAttribute("messageArguments", new Object[] { SessionController.flashDate(finished.date()) });
		return "redirect:" + JournalUrls.session(finished.sessionId());
	}

	@PostMapping(JournalUrls.GUIDED_DISCARD)
	String discard(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long draft,
			RedirectAttributes redirect) {
		guided.discard(runner.id(), draft);
		redirect.addFlashAttribute("message", "guided.discarded");
		return "redirect:" + JournalUrls.GUIDED;
	}

	private static String step(Model model, GuidedSessions.StepPage page, SessionForm form) {
		model.addAttribute("view", page);
		form.setToken(page.draft().getFormToken());
		model.addAttribute("form", form);
		return STEP_VIEW;
	}

}
