package dev.hipflex.routine;

import java.util.Locale;
import java.util.Optional;

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

	public static Optional<Paper> fromSlug(String slug) {
		for (Paper paper : values()) {
			if (paper.slug().equals(slug)) {
				return Optional.of(paper);
			}
		}
		return Optional.empty();
	}

}
