package dev.hipflex.routine;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoutineController {

	static final String LIST_VIEW = "routines/list";

	static final String ROUTINE_VIEW = "routines/routine";

	private final RoutineService routines;

	RoutineController(RoutineService routines) {
		this.routines = routines;
	}

	@GetMapping(RoutineUrls.ROUTINES)
	String list(Model model) {
		model.addAttribute("routines", routines.routines());
		return LIST_VIEW;
	}

	@GetMapping(RoutineUrls.ROUTINES + "/{slug}")
	String routine(@PathVariable String slug, Model model) {
		model.addAttribute("view", routines.routine(slug));
		return ROUTINE_VIEW;
	}

}
