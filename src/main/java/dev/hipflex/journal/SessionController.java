package dev.hipflex.journal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import dev.hipflex.account.CurrentRunner;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging, showing, editing and deleting a session. */
@Controller
class SessionController {

	static final String FORM_VIEW = "journal/form";

	static final String SESSION_VIEW = "journal/session";

	static final String DELETE_VIEW = "journal/delete";

	/** The value of the log form's "Use this routine" button. */
	static final String USE_ROUTINE = "routine";

	/** The flash attribute that carries what was typed across "Use this routine". */
	static final String TYPED = "typed";

	/** More rows than any form renders (the most sets plus the blank rows): a bound on what a post can grow. */
	static final int MAX_ROWS = JournalLimits.SETS_MAX + JournalService.EXTRA_ROWS;

	private final JournalService journal;

	SessionController(JournalService journal) {
		this.journal = journal;
	}

	@InitBinder("form")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
	}

	@GetMapping(JournalUrls.NEW)
	String newForm(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String date,
			@RequestParam(required = false) String routine, @RequestParam(required = false) String fill,
			Model model) {
		JournalService.FormPage page = journal.newForm(runner.id(), date, routine, fill);
		if (model.getAttribute(TYPED) instanceof SessionForm typed) {
			keepTyped(typed, page.form());
		}
		model.addAttribute("plannedCut", page.plannedCut());
		model.addAttribute("copied", page.copied());
		model.addAttribute("nothingToCopy", page.nothingToCopy());
		return form(runner, model, page.form(), page.choices(), null);
	}

	@PostMapping(JournalUrls.JOURNAL)
	String create(@AuthenticationPrincipal CurrentRunner runner, @ModelAttribute("form") SessionForm form,
			BindingResult result, @RequestParam(required = false) String use, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (USE_ROUTINE.equals(use) || QuickLog.PLANNED.equals(use) || QuickLog.LAST_TIME.equals(use)) {
			return useRoutine(runner, form, use, redirect);
		}
		JournalService.Saved saved;
		try {
			saved = create(runner, form);
		}
		catch (FormAlreadySavedException ex) {
			return alreadySaved(runner, form, ex, model, response);
		}
		if (!saved.isValid()) {
			reject(result, saved.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(runner, model, form, saved.choices(), null);
		}
		redirect.addFlashAttribute("message", "journal.saved");
		redirect.addFlashAttribute("messageArguments", new Object[] { flashDate(saved.date()) });
		return "redirect:" + JournalUrls.session(saved.id());
	}

	@GetMapping(JournalUrls.SESSION)
	String show(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, Model model) {
		model.addAttribute("view", journal.session(runner.id(), id));
		return SESSION_VIEW;
	}

	@GetMapping(JournalUrls.EDIT)
	String editForm(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, Model model) {
		JournalService.FormPage page = journal.editForm(runner.id(), id);
		return form(runner, model, page.form(), page.choices(), id);
	}

	@PostMapping(JournalUrls.SESSION)
	String update(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id,
			@ModelAttribute("form") SessionForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		JournalService.Saved saved;
		try {
			saved = update(runner, id, form);
		}
		catch (StaleSessionException ex) {
			return conflict(runner, id, form, ex.getCurrentVersion(), model, response);
		}
		if (!saved.isValid()) {
			reject(result, saved.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(runner, model, form, saved.choices(), id);
		}
		redirect.addFlashAttribute("message", "journal.updated");
		redirect.addFlashAttribute("messageArguments", new Object[] { flashDate(saved.date()) });
		return "redirect:" + JournalUrls.session(id);
	}

	/** One tap of the 0–10 scale that asks "how does your hip feel this morning?" about a recent session. */
	@PostMapping(JournalUrls.MORNING)
	String morning(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id,
			@RequestParam(required = false) String pain, RedirectAttributes redirect) {
		boolean stored = journal.recordMorning(runner.id(), id, pain);
		redirect.addFlashAttribute("message", stored ? "journal.morning.saved" : "journal.morning.notNow");
		redirect.addFlashAttribute("messageArguments",
				new Object[] { stored ? Integer.parseInt(pain.strip()) : MorningPain.DAYS_BACK });
		return "redirect:" + JournalUrls.session(id);
	}

	@GetMapping(JournalUrls.DELETE)
	String confirmDelete(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, Model model) {
		model.addAttribute("view", journal.session(runner.id(), id));
		return DELETE_VIEW;
	}

	@PostMapping(JournalUrls.DELETE)
	String delete(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long id, RedirectAttributes redirect) {
		LocalDate date = journal.delete(runner.id(), id);
		redirect.addFlashAttribute("message", "journal.deleted");
		redirect.addFlashAttribute("messageArguments", new Object[] { flashDate(date) });
		return "redirect:" + JournalUrls.JOURNAL;
	}

	/** A form with more rows than any page renders was not sent by one of our pages. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tooManyRows() {
		ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("messageKey", "journal.sets.tooManyRows");
		page.addObject("messageArguments", new Object[] { JournalLimits.SETS_MAX });
		return page;
	}

	/**
	 * "Use this routine", "Done as planned" and "Same as last time" fill the form again with the chosen
	 * routine's planned sets (as placeholders, at their planned dose, or copied from the last session of the
	 * routine), through the same address as a link would ({@code /journal/new?date=…&routine=…&fill=…}); what
	 * was typed above and below the set table comes along as a flash attribute.
	 */
	private String useRoutine(CurrentRunner runner, SessionForm form, String use, RedirectAttributes redirect) {
		redirect.addFlashAttribute(TYPED, form);
		SessionFormReader.isoDate(form.getDate())
			.filter(date -> !date.isAfter(journal.today(runner.id())) && !date.isBefore(JournalLimits.EARLIEST_DATE))
			.ifPresent(date -> redirect.addAttribute("date", date.toString()));
		redirect.addAttribute("routine", form.getRoutine() == null ? "" : form.getRoutine().strip());
		if (!USE_ROUTINE.equals(use) && !SessionForm.blank(form.getRoutine())) {
			redirect.addAttribute("fill", use);
		}
		return "redirect:" + JournalUrls.NEW;
	}

	private JournalService.Saved create(CurrentRunner runner, SessionForm form) {
		try {
			return journal.create(runner.id(), form);
		}
		catch (DataIntegrityViolationException ex) {
			// The same form (its token) sent at the same moment was saved by the other request: answer as it did.
			// Any other broken constraint is not a repeat.
			return journal.savedBefore(runner.id(), form).orElseThrow(() -> ex);
		}
	}

	private JournalService.Saved update(CurrentRunner runner, long id, SessionForm form) {
		try {
			return journal.update(runner.id(), id, form);
		}
		catch (OptimisticLockingFailureException ex) {
			// Another save of this session committed between our version check and our commit: judge this one
			// again against what is saved now (the same edit sent twice is answered as the first; another is a
			// conflict).
			return journal.update(runner.id(), id, form);
		}
	}

	/** The form's token saved a session with other values: nothing saved, the session linked, a new token. */
	private String alreadySaved(CurrentRunner runner, SessionForm form, FormAlreadySavedException ex, Model model,
			HttpServletResponse response) {
		// Saving this form again is now a deliberate choice to log another session, which the page says.
		form.setToken(JournalService.newToken());
		model.addAttribute("savedBefore", ex.getSessionId());
		model.addAttribute("savedBeforeDate", flashDate(ex.getDate()));
		response.setStatus(HttpStatus.CONFLICT.value());
		return form(runner, model, form, journal.choices(runner.id()), null);
	}

	private String conflict(CurrentRunner runner, long id, SessionForm form, int currentVersion, Model model,
			HttpServletResponse response) {
		// Saving this form again is now a deliberate choice to replace the other change, which the page says.
		form.setVersion(Integer.toString(currentVersion));
		model.addAttribute("conflict", true);
		response.setStatus(HttpStatus.CONFLICT.value());
		return form(runner, model, form, journal.choices(runner.id(), id), id);
	}

	private String form(CurrentRunner runner, Model model, SessionForm form, JournalChoices choices, Long sessionId) {
		model.addAttribute("form", form);
		model.addAttribute("choices", choices);
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("today", journal.today(runner.id()));
		model.addAttribute("sides", Side.values());
		return FORM_VIEW;
	}

	private static void keepTyped(SessionForm typed, SessionForm form) {
		if (!SessionForm.blank(typed.getDate())) {
			form.setDate(typed.getDate());
		}
		form.setEffort(typed.getEffort());
		form.setPainDuring(typed.getPainDuring());
		form.setPainNextMorning(typed.getPainNextMorning());
		form.setNotes(typed.getNotes());
	}

	private static void reject(BindingResult result, List<SessionFormReader.Problem> problems) {
		problems.forEach(problem -> result.rejectValue(problem.field(), problem.key(), problem.arguments().toArray(),
				null));
	}

	/** A date for a flash message, formatted there by the message itself ({@code {0,date,…}}). */
	static Date flashDate(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
