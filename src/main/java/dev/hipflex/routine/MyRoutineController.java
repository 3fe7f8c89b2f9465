package dev.hipflex.routine;

import java.util.List;
import java.util.Optional;

import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customising a routine of the runner's week ({@code /my/routines/{routine}}): its exercises, their order
 * and their doses. A form with mistakes is shown again with a 400, its messages beside the fields and
 * nothing saved; a change answers with a redirect to the exercise changed.
 */
@Controller
class MyRoutineController {

	static final String ROUTINE_VIEW = "my/routine";

	static final String ROUTINE = RoutineUrls.MY_ROUTINES + "/{routine}";

	static final String ENTRY = ROUTINE + "/entries/{entry}";

	private final RoutineEditor editor;

	MyRoutineController(RoutineEditor editor) {
		this.editor = editor;
	}

	@GetMapping(ROUTINE)
	String routine(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long routine, Model model) {
		model.addAttribute("page", editor.customising(runner.id(), routine));
		return ROUTINE_VIEW;
	}

	@PostMapping(ROUTINE + "/entries")
	String addExercise(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long routine,
			@RequestParam(required = false) String exercise, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<RoutineEditor.Edited> edited;
		try {
			edited = editor.addExercise(runner.id(), routine, id(exercise));
		}
		catch (RoutineFullException ex) {
			return notAdded(runner, routine, "myroutine.add.full", model, response);
		}
		if (edited.isEmpty()) {
			return notAdded(runner, routine, "myroutine.add.unknown", model, response);
		}
		return edited(redirect, edited.get(), "myroutine.entry.added");
	}

	/** The routine's page again, with what kept the exercise from being added beside the form. */
	private String notAdded(CurrentRunner runner, Long routine, String problem, Model model,
			HttpServletResponse response) {
		model.addAttribute("page", editor.customising(runner.id(), routine));
		model.addAttribute("exerciseProblem", problem);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return ROUTINE_VIEW;
	}

	@PostMapping(ENTRY + "/up")
	String moveUp(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long routine, @PathVariable Long entry,
			RedirectAttributes redirect) {
		return edited(redirect, editor.move(runner.id(), routine, entry, Positioned.Direction.UP), "myroutine.entry.moved");
	}

	@PostMapping(ENTRY + "/down")
	String moveDown(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long routine,
			@PathVariable Long entry, RedirectAttributes redirect) {
		return edited(redirect, editor.move(runner.id(), routine, entry, Positioned.Direction.DOWN),
				"myroutine.entry.moved");
	}

	@PostMapping(ENTRY + "/remove")
	String remove(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long routine, @PathVariable Long entry,
			RedirectAttributes redirect) {
		return edited(redirect, editor.remove(runner.id(), routine, entry), "myroutine.entry.removed");
	}

	@PostMapping(ENTRY + "/dose")
	String changeDose(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long routine,
			@PathVariable Long entry, @RequestParam(required = false) String setsMin,
			@RequestParam(required = false) String setsMax, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String amountMin, @RequestParam(required = false) String amountMax,
			@RequestParam(defaultValue = "false") boolean perSide, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DoseInput input = new DoseInput(setsMin, setsMax, unit, amountMin, amountMax, perSide);
		List<DoseInput.Problem> problems = input.problems();
		if (!problems.isEmpty()) {
			editor.checkEntry(runner.id(), routine, entry);
			model.addAttribute("page", editor.customising(runner.id(), routine).withDose(entry, input, problems));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return ROUTINE_VIEW;
		}
		return edited(redirect, editor.changeDose(runner.id(), routine, entry, input.dose()), "myroutine.entry.doseSaved");
	}

	/** A number from a select; anything else names no exercise. */
	private static Long id(String value) {
		try {
			return value == null ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Back to the routine (the runner's copy, after copy-on-write), at the exercise changed. */
	private static String edited(RedirectAttributes redirect, RoutineEditor.Edited edited, String key) {
		redirect.addFlashAttribute("message", edited.copied() ? key + ".copied" : key);
		redirect.addFlashAttribute("messageArguments",
				new Object[] { edited.exerciseName(), edited.routine().getName() });
		String anchor = edited.entryId() == null ? "#exercises" : "#entry-" + edited.entryId();
		return "redirect:" + RoutineUrls.myRoutine(edited.routine().getId()) + anchor;
	}

}
