package dev.hipflex.exercise;

import dev.hipflex.guide.GuideService;

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

	ExerciseController(ExerciseService exercises, GuideService guide) {
		this.exercises = exercises;
		this.guide = guide;
	}

	@GetMapping(ExerciseUrls.LIBRARY)
	String library(@RequestParam(required = false) String type, @RequestParam(required = false) String muscle,
			@RequestParam(required = false) String equipment, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model) {
		ExerciseFilter filter = exercises.parseFilter(type, muscle, equipment, page, size);
		model.addAttribute("library", exercises.library(filter));
		model.addAttribute("options", exercises.filterOptions());
		model.addAttribute("pageSizes", ExerciseFilter.PAGE_SIZES);
		return LIBRARY_VIEW;
	}

	@GetMapping(ExerciseUrls.LIBRARY + "/{slug}")
	String exercise(@PathVariable String slug, Model model) {
		model.addAttribute("exercise", exercises.exercise(slug));
		model.addAttribute("redFlags", guide.redFlags());
		return EXERCISE_VIEW;
	}

}
