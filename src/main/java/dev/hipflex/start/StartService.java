package dev.hipflex.start;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.hipflex.account.Account;
import dev.hipflex.account.AccountService;
import dev.hipflex.account.RunnerZone;
import dev.hipflex.guide.GuideService;
import dev.hipflex.guide.RedFlag;
import dev.hipflex.guide.RedFlags;
import dev.hipflex.journal.JournalService;
import dev.hipflex.routine.WeekService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The start screen's answers: reads and stores them (the usual pain level through the account, which owns it),
 * and tells the gate and the other modules what they say.
 */
@Service
@Transactional(readOnly = true)
public class StartService {

	private static final String REQUEST_ATTRIBUTE = StartService.class.getName() + ".answers.";

	private final StartAnswersRepository answers;

	private final AccountService accounts;

	private final GuideService guide;

	private final WeekService weeks;

	private final JournalService journal;

	private final RunnerZone zones;

	private final Clock clock;

	StartService(StartAnswersRepository answers, AccountService accounts, GuideService guide, WeekService weeks,
			JournalService journal, RunnerZone zones, Clock clock) {
		this.zones = zones;
		this.answers = answers;
		this.accounts = accounts;
		this.guide = guide;
		this.weeks = weeks;
		this.journal = journal;
		this.clock = clock;
	}

	/** The screen for a runner: the red flags it asks them (the young runners' only of a runner under 16). */
	public record Page(RedFlags redFlags, boolean underSixteen, Screening screening, List<String> zones,
			String serverZone) {
	}

	/** A save: the answers as now stored, or the problems that kept anything from being stored. */
	record Saved(Screening screening, List<StartInput.Problem> problems) {
	}

	/** The runner's answers, if they have given them. */
	public Optional<Screening> screening(long accountId) {
		return stored(accountId).map(stored -> screening(stored, accountId));
	}

	/**
	 * Whether the gate shows the start screen first: the runner's answers name a red flag (the programme stops
	 * there), or they have not answered it and are new (no week of their own and no session logged); runners who
	 * were training before it existed get a prompt on the home page instead.
	 */
	boolean isGated(long accountId) {
		Optional<StartAnswers> stored = stored(accountId);
		if (stored.isPresent()) {
			// Most answers name no flag: then the flags need not be read.
			Set<Long> named = stored.get().getRedFlagIds();
			return !named.isEmpty() && guide.redFlags().flags().stream().anyMatch(flag -> named.contains(flag.getId()));
		}
		return !weeks.hasOwn(accountId) && journal.lastSession(accountId).isEmpty();
	}

	public boolean isAnswered(long accountId) {
		return answers.existsById(accountId);
	}

	public Page page(long accountId) {
		boolean underSixteen = underSixteen(accountId);
		return new Page(offered(underSixteen), underSixteen, screening(accountId).orElse(null), zones.zones(),
				zones.serverZone().getId());
	}

	/** The form filled from the saved answers, or the usual pain level alone for a runner who has not answered. */
	StartForm form(long accountId) {
		StartForm form = new StartForm();
		form.setUsualPain(Integer.toString(accounts.usualPain(accountId)));
		form.setTimeZone(zones.chosen(accountId));
		answers.findById(accountId).ifPresent(stored -> {
			form.setCurrentPain(Integer.toString(stored.getCurrentPain()));
			form.setRedFlags(stored.getRedFlagIds().stream().map(String::valueOf).collect(Collectors.toList()));
			form.setBoneStressInjury(stored.isBoneStressInjury() ? StartInput.YES : StartInput.NO);
			form.setClinicianManages(stored.isClinicianManages() ? StartInput.YES : StartInput.NO);
		});
		return form;
	}

	@Transactional
	Saved save(long accountId, StartForm form) {
		Set<Long> offered = offered(underSixteen(accountId)).flags().stream().map(RedFlag::getId)
			.collect(Collectors.toSet());
		StartInput.Read read = StartInput.read(form, offered, zones::isKnown);
		if (!read.isValid()) {
			return new Saved(null, read.problems());
		}
		StartAnswers stored = answers.findById(accountId).orElseGet(() -> new StartAnswers(accountId));
		stored.answer(read.answers(), clock.instant());
		remember(accountId, Optional.of(answers.save(stored)));
		accounts.setUsualPain(accountId, read.answers().usualPain());
		if (read.answers().timeZone() != null) {
			zones.setTimeZone(accountId, read.answers().timeZone());
		}
		return new Saved(screening(stored, accountId), List.of());
	}

	/**
	 * The runner's stored answers, read once per request: the gate and the page's next steps both ask, and the
	 * request that saves new ones keeps those. Nothing is kept beyond the request.
	 */
	@SuppressWarnings("unchecked")
	private Optional<StartAnswers> stored(long accountId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_ATTRIBUTE + accountId,
				RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> read) {
			return (Optional<StartAnswers>) read;
		}
		Optional<StartAnswers> read = answers.findById(accountId);
		remember(accountId, read);
		return read;
	}

	private static void remember(long accountId, Optional<StartAnswers> read) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE + accountId, read, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private Screening screening(StartAnswers stored, long accountId) {
		List<RedFlag> flags = guide.redFlags().flags().stream()
			.filter(flag -> stored.getRedFlagIds().contains(flag.getId()))
			.toList();
		return new Screening(stored.getCurrentPain(), accounts.usualPain(accountId), flags,
				stored.isBoneStressInjury(), underSixteen(accountId), stored.isClinicianManages(),
				stored.getAnsweredAt());
	}

	private boolean underSixteen(long accountId) {
		return accounts.account(accountId).map(Account::isUnderSixteen).orElse(false);
	}

	private RedFlags offered(boolean underSixteen) {
		RedFlags all = guide.redFlags();
		return underSixteen ? all
				: new RedFlags(all.flags().stream().filter(flag -> !flag.isYoungRunner()).toList(), all.sources());
	}

}
