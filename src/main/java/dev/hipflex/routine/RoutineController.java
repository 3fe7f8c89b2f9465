package dev.hipflex.routine;

import dev.hipflex.guide.GuideService;
import dev.hipflex.system.PageMeta;
import dev.hipflex.system.PageMetas;

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

	private final PageMetas metas;

	private final RoutineStructuredData structured;

	RoutineController(RoutineService routines, GuideService guide, PageMetas metas, RoutineStructuredData structured) {
		this.routines = routines;
		this.guide = guide;
		this.metas = metas;
		this.structured = structured;
	}

	@GetMapping(RoutineUrls.ROUTINES)
	String list(Model model) {
		model.addAttribute("routines", routines.routines());
		model.addAttribute(PageMeta.ATTRIBUTE, metas.fromMessages(RoutineUrls.ROUTINES, "routines.title", "routines.intro"));
		return LIST_VIEW;
	}

	@GetMapping(RoutineUrls.ROUTINES + "/{slug}")
	String routine(@PathVariable String slug, Model model) {
		RoutineService.RoutineView view = routines.routine(slug);
		model.addAttribute("view", view);
		Routine routine = view.routine();
		model.addAttribute(PageMeta.ATTRIBUTE, metas.page(RoutineUrls.routine(routine.getSlug()), routine.getName(), routine.getSummary())
			.withStructuredData(structured.routine(view)));
		model.addAttribute("redFlags", guide.redFlags());
		return ROUTINE_VIEW;
	}

}
