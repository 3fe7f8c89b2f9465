package dev.hipflex.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.hipflex.account.RunnerZone;
import dev.hipflex.progression.ClinicianAdjusting;
import dev.hipflex.system.StoredText;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A runner's share links (table {@code share_link}). A link's token has 256 random bits and is never stored,
 * only its SHA-256 hash, so a link is found by an index lookup of the hash and a copy of the database opens no
 * summary. A slow hash is not needed: the token is random, not a human's password.
 */
@Service
public class ShareLinks implements ClinicianAdjusting {

	/** 256 bits: at least 128 are asked for, and more cost nothing. */
	static final int BYTES = 32;

	/** The label's column size, in UTF-16 units as {@link StoredText} counts. */
	public static final int LABEL_MAX = 80;

	/** Links a runner may have at once: enough for every clinician, few enough to keep an eye on. */
	public static final int LINKS_MAX = 10;

	/** What a token looks like: 32 bytes in URL-safe Base64 without padding. Anything else is not looked up. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A link as the runner's page lists it, in the runner's time zone; its token is not among it, it is not kept. */
	public record Link(long id, String label, ZonedDateTime created, ZonedDateTime expires, ZonedDateTime lastOpened,
			boolean expired, boolean mayAdjust) {
	}

	/** A live link as opened: whose summary it shows, its label, and whether it lets the clinician adjust the plan. */
	public record Opened(long accountId, String label, boolean mayAdjust) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RunnerZone zones;

	ShareLinks(JdbcTemplate jdbc, Clock clock, RunnerZone zones) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zones = zones;
	}

	/** The runner's links, newest first, expired ones too (until revoked), so they can be renewed. */
	@Transactional(readOnly = true)
	public List<Link> of(long accountId) {
		ZoneId zone = zones.zoneOf(accountId);
		Instant now = clock.instant();
		return jdbc.query("""
				select id, label, created_at, expires_at, last_opened_at, may_adjust from share_link where account_id = ?
				order by created_at desc, id desc""", links(zone, now), accountId);
	}

	/**
	 * The runner's own live link whose token this is, for the clinic's handout: read only (the runner is not a
	 * clinician opening it). Empty for another runner's link, a revoked or expired one, and anything else.
	 */
	@Transactional(readOnly = true)
	public Optional<Link> live(long accountId, String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.query("""
				select id, label, created_at, expires_at, last_opened_at, may_adjust from share_link
				where account_id = ? and token_hash = ? and expires_at > ?""", links(zones.zoneOf(accountId), now),
				accountId, hash(token), utc(now)).stream().findFirst();
	}

	/**
	 * The token in a link as the runner was shown it ({@code https://…/shared/TOKEN}, from {@code linkStart}), or
	 * in the token alone; empty for anything else, which is never looked up.
	 */
	public static Optional<String> tokenIn(String link, String linkStart) {
		if (link == null) {
			return Optional.empty();
		}
		String token = link.strip();
		if (token.startsWith(linkStart)) {
			token = token.substring(linkStart.length());
		}
		return TOKEN.matcher(token).matches() ? Optional.of(token) : Optional.empty();
	}

	private static RowMapper<Link> links(ZoneId zone, Instant now) {
		return (rs, row) -> {
			Instant expires = instant(rs.getObject("expires_at", LocalDateTime.class));
			return new Link(rs.getLong("id"), rs.getString("label"),
					zoned(rs.getObject("created_at", LocalDateTime.class), zone), expires.atZone(zone),
					zoned(rs.getObject("last_opened_at", LocalDateTime.class), zone), !expires.isAfter(now),
					rs.getBoolean("may_adjust"));
		};
	}

	/** The message key of what is wrong with a new link's label, or empty when it can be stored. */
	public static Optional<String> labelProblem(String label) {
		if (label == null || label.isBlank()) {
			return Optional.of("share.label.missing");
		}
		if (!StoredText.fits(label.strip(), LABEL_MAX) || !StoredText.storable(label)) {
			return Optional.of("share.label.tooLong");
		}
		return Optional.empty();
	}

	/**
	 * A new link for the runner, working until now plus the expiry. Returns its token, for the link shown this
	 * once: it is not kept anywhere. The label must have passed {@link #labelProblem}. {@code mayAdjust} lets the
	 * clinician adjust the runner's plan through it too.
	 * @throws IllegalStateException when the runner has {@value #LINKS_MAX} links already
	 */
	@Transactional
	public String create(long accountId, String label, ShareExpiry expiry, boolean mayAdjust) {
		Integer links = jdbc.queryForObject("select count(*) from share_link where account_id = ?", Integer.class,
				accountId);
		if (links >= LINKS_MAX) {
			throw new IllegalStateException("too many share links");
		}
		String token = newToken();
		LocalDateTime now = utc(clock.instant());
		jdbc.update("""
				insert into share_link (account_id, label, token_hash, created_at, renewed_at, expires_at, may_adjust)
				values (?, ?, ?, ?, ?, ?, ?)""", accountId, label.strip(), hash(token), now, now,
				now.plus(expiry.period()), mayAdjust);
		return token;
	}

	/** Lets the runner's link work until now plus the expiry (never more than that); false if it is not theirs. */
	@Transactional
	public boolean renew(long accountId, long id, ShareExpiry expiry) {
		LocalDateTime now = utc(clock.instant());
		return jdbc.update("update share_link set renewed_at = ?, expires_at = ? where id = ? and account_id = ?", now,
				now.plus(expiry.period()), id, accountId) == 1;
	}

	/** Deletes the runner's link: it answers 404 from now on. False if it is not theirs. */
	@Transactional
	public boolean revoke(long accountId, long id) {
		return jdbc.update("delete from share_link where id = ? and account_id = ?", id, accountId) == 1;
	}

	/**
	 * The live link whose token it is (its account, label and whether it lets the clinician adjust), noting that it was opened now; empty for a token that is not
	 * (or no longer) a live link's, and for anything that does not look like a token, which is not looked up.
	 */
	@Transactional
	public Optional<Opened> open(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		LocalDateTime now = utc(clock.instant());
		String hash = hash(token);
		Optional<Opened> link = jdbc
			.query("select account_id, label, may_adjust from share_link where token_hash = ? and expires_at > ?",
					(rs, row) -> new Opened(rs.getLong("account_id"), rs.getString("label"),
							rs.getBoolean("may_adjust")),
					hash, now)
			.stream()
			.findFirst();
		link.ifPresent(found -> jdbc.update("update share_link set last_opened_at = ? where token_hash = ?", now, hash));
		return link;
	}

	/** Whether the runner has a live link that lets a clinician adjust their plan (no suggestions then). */
	@Override
	@Transactional(readOnly = true)
	public boolean adjusting(long accountId) {
		return !jdbc.queryForList("select id from share_link where account_id = ? and may_adjust and expires_at > ?",
				Long.class, accountId, utc(clock.instant())).isEmpty();
	}

	static String newToken() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(LocalDateTime utc) {
		return utc.toInstant(ZoneOffset.UTC);
	}

	private static ZonedDateTime zoned(LocalDateTime utc, ZoneId zone) {
		return utc == null ? null : instant(utc).atZone(zone);
	}

}
