package dev.hipflex.exercise;

import dev.hipflex.guide.GuideService;
import dev.hipflex.system.NotFoundException;
import dev.hipflex.system.PageMeta;
import dev.hipflex.system.PageMetas;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	private final ExercisePreviews previews;

	ExerciseController(ExerciseService exercises, GuideService guide, PageMetas metas,
			ExerciseStructuredData structured, ExercisePreviews previews) {
		this.previews = previews;
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
		PageMeta meta = metas.page(ExerciseUrls.exercise(exercise.getSlug()), exercise.getName(), exercise.getSummary())
			.withStructuredData(structured.exercise(exercise));
		if (previews.has(exercise.getSlug())) {
			meta = meta.withImage(new PageMeta.Image(metas.url(ExerciseUrls.preview(exercise.getSlug())),
					exercise.getIllustrationAlt(), ExercisePreviews.WIDTH, ExercisePreviews.HEIGHT));
		}
		model.addAttribute(PageMeta.ATTRIBUTE, meta);
		return EXERCISE_VIEW;
	}

	/** The illustration as a PNG for link previews; only for an exercise in the library (else 404). */
	@GetMapping(value = "/images/exercises/{slug}.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> preview(@PathVariable String slug) {
		Exercise exercise = exercises.exercise(slug);
		if (!previews.has(exercise.getSlug())) {
			throw new NotFoundException("no illustration of " + slug);
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(previews.png(exercise.getSlug()));
	}

}
