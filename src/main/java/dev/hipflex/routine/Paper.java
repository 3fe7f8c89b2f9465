package dev.hipflex.routine;

import java.util.Locale;
import java.util.Optional;

import dev.hipflex.system.BadRequestException;

/** Paper sizes the week's PDF is offered in; written in lower case in the address ({@code ?paper=letter}). */
public enum Paper {

	A4("A4"), LETTER("letter");

	private final String cssSize;

	Paper(String cssSize) {
		this.cssSize = cssSize;
	}

	/** The size as CSS {@code @page} names it. */
	public String cssSize() {
		return cssSize;
	}

	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The paper an address asks for ({@code ?paper=}): A4 when it names none.
	 * @throws BadRequestException for a size HipFlex does not print on
	 */
	public static Paper chosen(String slug) {
		if (slug == null || slug.isBlank()) {
			return A4;
		}
		return fromSlug(slug.strip()).orElseThrow(() -> new BadRequestException("week.pdf.badPaper",
				slug.length() > 40 ? slug.substring(0, 40) + "…" : slug));
	}

	public static Optional<Paper> fromSlug(String slug) {
		for (Paper paper : values()) {
			if (paper.slug().equals(slug)) {
				return Optional.of(paper);
			}
		}
		return Optional.empty();
	}

}
