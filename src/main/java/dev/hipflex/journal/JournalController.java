package dev.hipflex.journal;

import dev.hipflex.account.CurrentRunner;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The journal's overviews: the history and the month calendar. */
@Controller
class JournalController {

	static final String HISTORY_VIEW = "journal/history";

	static final String CALENDAR_VIEW = "journal/calendar";

	private final JournalService journal;

	private final GuidedSessions guided;

	private final Pauses pauses;

	JournalController(JournalService journal, GuidedSessions guided, Pauses pauses) {
		this.journal = journal;
		this.guided = guided;
		this.pauses = pauses;
	}

	@GetMapping(JournalUrls.JOURNAL)
	String history(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String exercise,
			@RequestParam(required = false) String page, Model model) {
		model.addAttribute("history", journal.history(runner.id(), from, to, exercise, page));
		model.addAttribute("painCheck", journal.painCheck(runner.id()).orElse(null));
		model.addAttribute("guidedDraft", guided.draft(runner.id()).orElse(null));
		model.addAttribute("waitingForMorning", journal.waitingForMorning(runner.id()));
		model.addAttribute("morningDays", MorningPain.DAYS_BACK);
		return HISTORY_VIEW;
	}

	@GetMapping(JournalUrls.CALENDAR)
	String calendar(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String month,
			Model model) {
		model.addAttribute("calendar", pauses.mark(runner.id(), journal.calendar(runner.id(), month)));
		model.addAttribute("today", journal.today(runner.id()));
		return CALENDAR_VIEW;
	}

}
