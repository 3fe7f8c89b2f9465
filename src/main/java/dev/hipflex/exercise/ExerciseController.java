package dev.hipflex.exercise;

import dev.hipflex.guide.GuideService;
import dev.hipflex.system.PageMeta;
import dev.hipflex.system.PageMetas;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ExerciseController {

	static final String LIBRARY_VIEW = "exercises/library";

	static final String EXERCISE_VIEW = "exercises/exercise";

	private final ExerciseService exercises;

	private final GuideService guide;

	private final PageMetas metas;

	private final ExerciseStructuredData structured;

	ExerciseController(ExerciseService exercises, GuideService guide, PageMetas metas,
			ExerciseStructuredData structured) {
		this.exercises = exercises;
		this.guide = guide;
		this.metas = metas;
		this.structured = structured;
	}

	@GetMapping(ExerciseUrls.LIBRARY)
	String library(@RequestParam(required = false) String type, @RequestParam(required = false) String muscle,
			@RequestParam(required = false) String equipment, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model) {
		ExerciseFilter filter = exercises.parseFilter(type, muscle, equipment, page, size);
		model.addAttribute("library", exercises.library(filter));
		model.addAttribute("options", exercises.filterOptions());
		model.addAttribute("pageSizes", ExerciseFilter.PAGE_SIZES);
		PageMeta meta = metas.fromMessages(ExerciseUrls.LIBRARY, "exercises.title", "exercises.intro");
		// A filtered or later page of the library repeats what the library lists: followed, not listed.
		boolean plain = type == null && muscle == null && equipment == null && page == null && size == null;
		model.addAttribute(PageMeta.ATTRIBUTE, plain ? meta : meta.notIndexed());
		return LIBRARY_VIEW;
	}

	@GetMapping(ExerciseUrls.LIBRARY + "/{slug}")
	String exercise(@PathVariable String slug, Model model) {
		Exercise exercise = exercises.exercise(slug);
		model.addAttribute("exercise", exercise);
		model.addAttribute("redFlags", guide.redFlags());
		model.addAttribute(PageMeta.ATTRIBUTE, metas.page(ExerciseUrls.exercise(exercise.getSlug()), exercise.getName(), exercise.getSummary())
			.withStructuredData(structured.exercise(exercise)));
		return EXERCISE_VIEW;
	}

}
