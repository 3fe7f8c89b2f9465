package dev.hipflex.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.hipflex.system.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The runner's own time zone ({@code account.time_zone}, {@code V26__quick_logging.sql}): "today", "the
 * morning after" and streaks follow it, so a runner in Kiritimati and one in Los Angeles, looking at the same
 * instant, each see their own day. Until a runner chooses one, the application clock's zone (the server's).
 * Other modules ask this service, never the column.
 */
@Service
@Transactional(readOnly = true)
public class RunnerZone {

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	private static final Set<String> KNOWN = Set.copyOf(ZONES);

	private static final String REQUEST_ATTRIBUTE = RunnerZone.class.getName() + ".zone.";

	private final AccountRepository accounts;

	private final Clock clock;

	RunnerZone(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Every zone a runner may choose, sorted by id ("Africa/Abidjan" to "Zulu"). */
	public List<String> zones() {
		return ZONES;
	}

	/** Whether a runner may choose this zone id (one of {@link #zones()}, spaces around it allowed). */
	public boolean isKnown(String zone) {
		return zone != null && KNOWN.contains(zone.strip());
	}

	/** What was typed, as the message {@link #UNKNOWN} quotes it back: a pasted essay is cut short. */
	public static String quoted(String typed) {
		return typed.length() > UsualPain.QUOTE_MAX_LENGTH ? typed.substring(0, UsualPain.QUOTE_MAX_LENGTH) + "…"
				: typed;
	}

	/** The message key of a zone HipFlex does not know; its argument is {@link #quoted(String)}. */
	public static final String UNKNOWN = "account.timeZone.unknown";

	/**
	 * The runner's zone, or the clock's when they have not chosen one. Read once per request: a page asks several
	 * times ("today" for the journal, the checklist, the pauses), and the request that changes it keeps the new one.
	 */
	public ZoneId zoneOf(long accountId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = REQUEST_ATTRIBUTE + accountId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = accounts.timeZone(accountId).filter(KNOWN::contains).map(ZoneId::of).orElseGet(this::serverZone);
		remember(accountId, zone);
		return zone;
	}

	private static void remember(long accountId, ZoneId zone) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE + accountId, zone, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** The zone of a runner who has not chosen one: the application clock's. */
	public ZoneId serverZone() {
		return clock.getZone();
	}

	/** The id of the zone the runner chose, or empty. */
	public String chosen(long accountId) {
		return accounts.timeZone(accountId).orElse("");
	}

	/** Today where the runner is. */
	public LocalDate today(long accountId) {
		return LocalDate.now(clock.withZone(zoneOf(accountId)));
	}

	/**
	 * Sets the runner's zone to one of {@link #zones()} (spaces around it allowed); anything else is refused
	 * with a 400 and changes nothing. Public for every page that asks it (the account page, the start screen).
	 */
	@Transactional
	public ZoneId setTimeZone(long accountId, String zone) {
		String typed = zone == null ? "" : zone.strip();
		if (!isKnown(typed)) {
			throw new BadRequestException(UNKNOWN, quoted(typed));
		}
		accounts.setTimeZone(accountId, typed);
		ZoneId chosen = ZoneId.of(typed);
		remember(accountId, chosen);
		return chosen;
	}

}
