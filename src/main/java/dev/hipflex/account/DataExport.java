package dev.hipflex.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Export everything": one zip of all a runner has saved, for a runner who wants to leave with their data. The
 * account's own details ({@code account.json}) and a {@code README.txt} that says what each file holds, then each
 * module's files through its {@link ExportPart}: the journal as CSV (the format its import reads), the runner's
 * week as a calendar file and as JSON, the checklist's ticks.
 */
@Service
class DataExport {

	private final AccountService accounts;

	private final List<ExportPart> parts;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	private final Locale locale;

	private final RunnerZone zones;

	DataExport(AccountService accounts, List<ExportPart> parts, JsonMapper json, MessageSource messages, Clock clock,
			@Value("${spring.web.locale:en}") Locale locale, RunnerZone zones) {
		this.accounts = accounts;
		this.zones = zones;
		this.parts = parts;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
		this.locale = locale;
	}

	/** The file's name: HipFlex's and the day it was made. */
	String fileName() {
		return "hipflex-export-" + LocalDate.now(clock) + ".zip";
	}

	/**
	 * The whole export, made in memory: a failure is then an error page rather than half a download. One
	 * read-only transaction, so the files agree with each other.
	 */
	@Transactional(readOnly = true)
	byte[] zip(long accountId) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ExportZip zip = new ExportZip(bytes, LocalDateTime.now(clock));
			zip.add("README.txt", out -> out.write(messages.getMessage("export.readme", null, locale)));
			Account account = accounts.account(accountId).orElseThrow();
			zip.add("account.json", out -> json.writerWithDefaultPrettyPrinter().writeValue(out, details(account)));
			for (ExportPart part : parts) {
				part.addTo(zip, accountId);
			}
			zip.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private Map<String, Object> details(Account account) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("email", account.getEmail());
		details.put("createdAt", text(account.getCreatedAt()));
		details.put("healthDataConsentAt", account.getHealthDataConsentAt().map(DataExport::text).orElse(null));
		details.put("underSixteenWithAParentOrGuardian", account.isUnderSixteen());
		details.put("usualPain", account.getUsualPain());
		String zone = zones.chosen(account.getId());
		details.put("timeZone", zone.isEmpty() ? null : zone);
		details.put("exportedAt", text(clock.instant()));
		return details;
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
