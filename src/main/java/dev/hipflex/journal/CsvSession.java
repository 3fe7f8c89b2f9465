package dev.hipflex.journal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A session as the CSV file holds it. Its fingerprint (a hash of everything in it) is how an import
 * recognises a session the journal already has, whether it came from an earlier import or the log form.
 */
record CsvSession(LocalDate date, String routine, int effort, int painDuring, Integer painNextMorning, String notes,
		List<CsvSet> sets) {

	/** A set as the CSV file holds it. */
	record CsvSet(String exercise, Integer reps, Integer holdSeconds, BigDecimal loadKg, String band, String side) {
	}

	String fingerprint() {
		List<String> parts = new ArrayList<>(List.of(date.toString(), Objects.toString(routine, ""),
				Integer.toString(effort), Integer.toString(painDuring), Objects.toString(painNextMorning, ""),
				Objects.toString(notes, "")));
		for (CsvSet set : sets) {
			parts.add(String.join("|", set.exercise(), Objects.toString(set.reps(), ""),
					Objects.toString(set.holdSeconds(), ""),
					set.loadKg() == null ? "" : set.loadKg().stripTrailingZeros().toPlainString(),
					Objects.toString(set.band(), ""), set.side()));
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
