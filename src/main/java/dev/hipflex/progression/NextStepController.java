package dev.hipflex.progression;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.routine.RoutineUrls;
import dev.hipflex.system.BadRequestException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applies a suggested next step to the runner's week ({@code POST /my/next-step}), then shows the week. */
@Controller
class NextStepController {

	static final String APPLY = "/my/next-step";

	private final ProgressionService progression;

	NextStepController(ProgressionService progression) {
		this.progression = progression;
	}

	@PostMapping(APPLY)
	String apply(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String routine,
			@RequestParam(required = false) String entry, RedirectAttributes redirect) {
		ProgressionService.Applied applied = progression.apply(runner.id(), id(routine), id(entry));
		redirect.addFlashAttribute("message",
				applied.exercise().equals(applied.planned()) ? "nextStep.applied.dose" : "nextStep.applied.variant");
		redirect.addFlashAttribute("messageArguments", new Object[] { applied.exercise(), applied.planned() });
		return "redirect:" + RoutineUrls.MY_WEEK + "#next-step";
	}

	private static long id(String typed) {
		if (typed == null || !typed.matches("[0-9]{1,18}")) {
			throw new BadRequestException("nextStep.apply.badForm");
		}
		return Long.parseLong(typed);
	}

}
