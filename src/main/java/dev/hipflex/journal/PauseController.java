package dev.hipflex.journal;

import java.util.List;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.journal.SessionFormReader.Problem;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A runner's pauses: the list with the form to add one, changing one, ending one early and deleting one. */
@Controller
class PauseController {

	static final String LIST_VIEW = "journal/pauses";

	static final String EDIT_VIEW = "journal/pause";

	private final Pauses pauses;

	PauseController(Pauses pauses) {
		this.pauses = pauses;
	}

	@GetMapping(JournalUrls.PAUSES)
	String list(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		return list(runner, new PauseForm(), model);
	}

	@PostMapping(JournalUrls.PAUSES)
	String create(@AuthenticationPrincipal CurrentRunner runner, @ModelAttribute("form") PauseForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Pauses.Saved saved = pauses.create(runner.id(), form);
		if (!saved.isValid()) {
			reject(result, saved.problems(), response);
			return list(runner, form, model);
		}
		return done(redirect, "pause.saved", saved.pause());
	}

	@GetMapping(JournalUrls.PAUSE_EDIT)
	String editForm(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, Model model) {
		Pause pause = pauses.find(runner.id(), id);
		return edit(runner, pause, PauseForm.of(pause), model);
	}

	@PostMapping(JournalUrls.PAUSE)
	String update(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id,
			@ModelAttribute("form") PauseForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Pauses.Saved saved = pauses.update(runner.id(), id, form);
		if (!saved.isValid()) {
			reject(result, saved.problems(), response);
			return edit(runner, pauses.find(runner.id(), id), form, model);
		}
		return done(redirect, "pause.updated", saved.pause());
	}

	@PostMapping(JournalUrls.PAUSE_END)
	String end(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, RedirectAttributes redirect) {
		return done(redirect, "pause.ended", pauses.endEarly(runner.id(), id));
	}

	@PostMapping(JournalUrls.PAUSE_DELETE)
	String delete(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, RedirectAttributes redirect) {
		return done(redirect, "pause.deleted", pauses.delete(runner.id(), id));
	}

	private String list(CurrentRunner runner, PauseForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("pauses", pauses.all(runner.id()));
		return page(runner, model, LIST_VIEW);
	}

	private String edit(CurrentRunner runner, Pause pause, PauseForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("pause", pause);
		return page(runner, model, EDIT_VIEW);
	}

	private String page(CurrentRunner runner, Model model, String view) {
		model.addAttribute("today", pauses.today(runner.id()));
		model.addAttribute("reasons", PauseReason.values());
		model.addAttribute("daysMax", JournalLimits.PAUSE_DAYS_MAX);
		model.addAttribute("noteMax", JournalLimits.PAUSE_NOTE_MAX_LENGTH);
		return view;
	}

	private static String done(RedirectAttributes redirect, String message, Pause pause) {
		redirect.addFlashAttribute("message", message);
		redirect.addFlashAttribute("messageArguments",
				new Object[] { pause.startsOn().toString(), pause.endsOn().toString() });
		return "redirect:" + JournalUrls.PAUSES;
	}

	private static void reject(BindingResult result, List<Problem> problems, HttpServletResponse response) {
		problems.forEach(problem -> result.rejectValue(problem.field(), problem.key(), problem.arguments().toArray(),
				null));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
	}

}
