package dev.hipflex.routine;

import dev.hipflex.guide.GuideService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoutineController {

	static final String LIST_VIEW = "routines/list";

	static final String ROUTINE_VIEW = "routines/routine";

	private final RoutineService routines;

	private final GuideService guide;

	RoutineController(RoutineService routines, GuideService guide) {
		this.routines = routines;
		this.guide = guide;
	}

	@GetMapping(RoutineUrls.ROUTINES)
	String list(Model model) {
		model.addAttribute("routines", routines.routines());
		return LIST_VIEW;
	}

	@GetMapping(RoutineUrls.ROUTINES + "/{slug}")
	String routine(@PathVariable String slug, Model model) {
		model.addAttribute("view", routines.routine(slug));
		model.addAttribute("redFlags", guide.redFlags());
		return ROUTINE_VIEW;
	}

}
