package dev.hipflex.routine;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

import dev.hipflex.account.CurrentRunner;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.system.BadRequestException;
import dev.hipflex.system.BaseUrl;
import dev.hipflex.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runner's own week ({@code /my/week}): starting it, and the small forms on its page that change a
 * day. Each change answers with a redirect back to the day changed and a notice saying what changed.
 */
@Controller
class MyWeekController {

	static final String START_VIEW = "my/start";

	static final String WEEK_VIEW = "my/week";

	static final String CONFIRM_VIEW = "my/confirm";

	/** What the start form sends to begin with seven rest days instead of a template. */
	static final String SCRATCH = "scratch";

	private final WeekService weeks;

	private final WeekEditor editor;

	private final MessageSource messages;

	private final CalendarSubscriptions subscriptions;

	private final BaseUrl base;

	private final BreakReturns breaks;

	private final WeekReminders reminders;

	private final RunnerZone zones;

	private final PlanChanges changes;

	MyWeekController(WeekService weeks, WeekEditor editor, MessageSource messages, CalendarSubscriptions subscriptions,
			BaseUrl base, BreakReturns breaks, WeekReminders reminders, RunnerZone zones, PlanChanges changes) {
		this.changes = changes;
		this.weeks = weeks;
		this.editor = editor;
		this.messages = messages;
		this.subscriptions = subscriptions;
		this.base = base;
		this.breaks = breaks;
		this.reminders = reminders;
		this.zones = zones;
	}

	/** A day's changes as typed, and what is wrong with them, to show beside the day's form. */
	public record DayForm(DayOfWeek day, boolean runDay, String note, String problem) {
	}

	@GetMapping(RoutineUrls.MY_WEEK)
	String week(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		Optional<WeekService.Week> week = weeks.own(runner.id());
		if (week.isEmpty()) {
			model.addAttribute("templates", editor.templates());
			return START_VIEW;
		}
		return weekPage(runner, week.get(), model);
	}

	@PostMapping(RoutineUrls.MY_WEEK)
	String start(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String from,
			Locale locale, RedirectAttributes redirect) {
		if (from == null || from.isBlank()) {
			throw new BadRequestException("myweek.start.badChoice");
		}
		boolean started;
		try {
			started = editor.start(runner.id(), SCRATCH.equals(from) ? null : from, name(locale));
		}
		catch (DataIntegrityViolationException ex) {
			// Started by another request at the same moment (the form sent twice): one week per runner holds.
			// Any other broken constraint is not a repeated start.
			if (!editor.hasWeek(runner.id())) {
				throw ex;
			}
			started = false;
		}
		redirect.addFlashAttribute("message", started ? "myweek.started" : "myweek.start.already");
		return "redirect:" + RoutineUrls.MY_WEEK;
	}

	@PostMapping(RoutineUrls.MY_WEEK + "/days/{day}")
	String changeDay(@AuthenticationPrincipal CurrentRunner runner, @PathVariable String day,
			@RequestParam(defaultValue = "false") boolean runDay, @RequestParam(required = false) String note,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DayOfWeek dayOfWeek = dayOfWeek(day);
		Optional<String> problem = WeekEditor.noteProblem(note);
		if (problem.isPresent()) {
			WeekService.Week week = weeks.own(runner.id()).orElseThrow(() -> new NotFoundException("no week"));
			model.addAttribute("dayForm", new DayForm(dayOfWeek, runDay, note, problem.get()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return weekPage(runner, week, model);
		}
		editor.changeDay(runner.id(), dayOfWeek, runDay, note);
		return notice(redirect, dayOfWeek, "myweek.day.saved", dayName(dayOfWeek));
	}

	@PostMapping(RoutineUrls.MY_WEEK + "/days/{day}/routines")
	String addRoutine(@AuthenticationPrincipal CurrentRunner runner, @PathVariable String day,
			@RequestParam Long routine, @RequestParam(required = false) String slot, RedirectAttributes redirect) {
		DayOfWeek dayOfWeek = dayOfWeek(day);
		WeekPlanItem.Slot parsed = WeekPlanItem.Slot.parse(slot)
			.orElseThrow(() -> new BadRequestException("myweek.add.badSlot"));
		WeekEditor.Added added = editor.addRoutine(runner.id(), dayOfWeek, routine, parsed);
		return notice(redirect, dayOfWeek, added.added() ? "myweek.item.added" : "myweek.item.already",
				added.planned().routineName(), dayName(dayOfWeek));
	}

	@PostMapping(RoutineUrls.MY_WEEK + "/items/{item}/up")
	String moveUp(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long item, RedirectAttributes redirect) {
		return planned(redirect, "myweek.item.moved", editor.move(runner.id(), item, Positioned.Direction.UP));
	}

	@PostMapping(RoutineUrls.MY_WEEK + "/items/{item}/down")
	String moveDown(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long item,
			RedirectAttributes redirect) {
		return planned(redirect, "myweek.item.moved", editor.move(runner.id(), item, Positioned.Direction.DOWN));
	}

	@PostMapping(RoutineUrls.MY_WEEK + "/items/{item}/remove")
	String remove(@AuthenticationPrincipal CurrentRunner runner, @PathVariable Long item, RedirectAttributes redirect) {
		return planned(redirect, "myweek.item.removed", editor.remove(runner.id(), item));
	}

	/** Undoes a change a clinician made through a share link; a 409 if it was undone or changed since. */
	@PostMapping(RoutineUrls.MY_WEEK + "/changes/{change}/undo")
	String undo(@AuthenticationPrincipal CurrentRunner runner, @PathVariable long change, RedirectAttributes redirect) {
		changes.undo(runner.id(), change);
		redirect.addFlashAttribute("message", "adjust.undone");
		return "redirect:" + RoutineUrls.MY_WEEK + "#plan-changes";
	}

	@GetMapping(RoutineUrls.MY_WEEK_RESET)
	String confirmReset(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		return confirm(runner, "reset", model);
	}

	@PostMapping(RoutineUrls.MY_WEEK_RESET)
	String reset(@AuthenticationPrincipal CurrentRunner runner, Locale locale, RedirectAttributes redirect) {
		editor.reset(runner.id(), name(locale));
		redirect.addFlashAttribute("message", "myweek.reset.done");
		return "redirect:" + RoutineUrls.MY_WEEK;
	}

	@GetMapping(RoutineUrls.MY_WEEK_DELETE)
	String confirmDelete(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		return confirm(runner, "delete", model);
	}

	@PostMapping(RoutineUrls.MY_WEEK_DELETE)
	String delete(@AuthenticationPrincipal CurrentRunner runner, RedirectAttributes redirect) {
		editor.delete(runner.id());
		redirect.addFlashAttribute("message", "myweek.delete.done");
		return "redirect:" + RoutineUrls.MY_WEEK;
	}

	/**
	 * A new subscription address (or a new one in place of the old), shown on the page this response is and
	 * nowhere else: only its hash is kept, and a redirect would carry it through the session.
	 */
	@PostMapping(RoutineUrls.MY_WEEK_SUBSCRIPTION)
	String subscribe(@AuthenticationPrincipal CurrentRunner runner, Model model) {
		WeekService.Week week = weeks.own(runner.id()).orElseThrow(() -> new NotFoundException("no week"));
		String feed = base.of(RoutineUrls.calendarFeed(subscriptions.create(runner.id())));
		model.addAttribute("feedUrl", feed);
		model.addAttribute("webcalUrl", feed.replaceFirst("^https?://", "webcal://"));
		return weekPage(runner, week, model);
	}

	@PostMapping(RoutineUrls.MY_WEEK_SUBSCRIPTION + "/revoke")
	String unsubscribe(@AuthenticationPrincipal CurrentRunner runner, RedirectAttributes redirect) {
		subscriptions.revoke(runner.id());
		redirect.addFlashAttribute("message", "subscription.revoked");
		return "redirect:" + RoutineUrls.MY_WEEK + "#subscription";
	}

	@PostMapping(RoutineUrls.MY_WEEK_SUBSCRIPTION + "/reminder")
	String remind(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String reminder,
			RedirectAttributes redirect) {
		Integer minutes = reminder(reminder);
		// Revoked in another tab since the form was shown: nothing to remind of, and the page says so.
		boolean saved = subscriptions.remind(runner.id(), minutes);
		redirect.addFlashAttribute("message",
				saved ? "subscription.reminder.saved" : "subscription.reminder.noSubscription");
		return "redirect:" + RoutineUrls.MY_WEEK + "#subscription";
	}

	@PostMapping(RoutineUrls.MY_WEEK_REMINDER_MAIL)
	String remindByMail(@AuthenticationPrincipal CurrentRunner runner, @RequestParam(required = false) String reminder,
			RedirectAttributes redirect) {
		Integer minutes = reminder(reminder);
		reminders.set(runner.id(), minutes);
		redirect.addFlashAttribute("message", minutes == null ? "reminderMail.off" : "reminderMail.saved");
		return "redirect:" + RoutineUrls.MY_WEEK + "#reminder-mail";
	}

	/** The reminder chosen: "none", or one of the offered minutes; anything else is refused. */
	private static Integer reminder(String chosen) {
		if ("none".equals(chosen)) {
			return null;
		}
		for (Integer offered : CalendarSubscriptions.REMINDERS) {
			if (offered.toString().equals(chosen)) {
				return offered;
			}
		}
		throw new BadRequestException("subscription.reminder.bad");
	}

	private String weekPage(CurrentRunner runner, WeekService.Week week, Model model) {
		model.addAttribute("subscription", subscriptions.of(runner.id()).orElse(null));
		model.addAttribute("reminders", CalendarSubscriptions.REMINDERS);
		model.addAttribute("reminderMail", reminders.of(runner.id()).orElse(null));
		model.addAttribute("zone", zones.zoneOf(runner.id()).getId());
		model.addAttribute("week", week);
		model.addAttribute("planChanges", changes.shown(runner.id()));
		model.addAttribute("papers", Paper.values());
		model.addAttribute("choices", editor.choices(runner.id()));
		model.addAttribute("slots", WeekPlanItem.Slot.values());
		Optional<BreakReturns.Return> returning = breaks.returning(runner.id());
		model.addAttribute("returning", returning.orElse(null));
		model.addAttribute("easier", returning.isPresent() ? EasierDoses.of(week) : List.of());
		return WEEK_VIEW;
	}

	private static DayOfWeek dayOfWeek(String day) {
		for (DayOfWeek candidate : DayOfWeek.values()) {
			if (RoutineUrls.day(candidate).equals(day)) {
				return candidate;
			}
		}
		throw new NotFoundException("day " + day);
	}

	/** The day's name, resolved when the notice is shown, in the reader's language. */
	private static DefaultMessageSourceResolvable dayName(DayOfWeek day) {
		return new DefaultMessageSourceResolvable("day." + day);
	}

	/** A new week's name, in the runner's language when it is made; it is theirs from then on. */
	private String name(Locale locale) {
		return messages.getMessage("myweek.name", null, locale);
	}

	/** Asks before starting again; there is nothing to confirm without a week. */
	private String confirm(CurrentRunner runner, String action, Model model) {
		if (!editor.hasWeek(runner.id())) {
			return "redirect:" + RoutineUrls.MY_WEEK;
		}
		model.addAttribute("action", action);
		return CONFIRM_VIEW;
	}

	private static String planned(RedirectAttributes redirect, String key, WeekEditor.Planned planned) {
		return notice(redirect, planned.day(), key, planned.routineName(), dayName(planned.day()));
	}

	private static String notice(RedirectAttributes redirect, DayOfWeek day, String key, Object... arguments) {
		redirect.addFlashAttribute("message", key);
		redirect.addFlashAttribute("messageArguments", arguments);
		return "redirect:" + RoutineUrls.myWeekDay(day);
	}

}
