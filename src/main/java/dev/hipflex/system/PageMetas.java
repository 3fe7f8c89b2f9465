package dev.hipflex.system;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Makes a public page's {@link PageMeta} from its content (a muscle's summary, an exercise's lead) or, for
 * pages without content of their own (the home page, the lists), from messages.
 */
@Component
public class PageMetas {

	/**
	 * Search engines show about this much of a description; a longer summary is cut at a word before it, so
	 * the snippet ends where the text says it does rather than mid-word.
	 */
	static final int DESCRIPTION_MAX = 200;

	private final BaseUrl baseUrl;

	private final MessageSource messages;

	private final StructuredData structured;

	PageMetas(BaseUrl baseUrl, MessageSource messages, StructuredData structured) {
		this.baseUrl = baseUrl;
		this.messages = messages;
		this.structured = structured;
	}

	/** A page whose name and summary are content ({@code path} is the page's own address, without parameters). */
	public PageMeta page(String path, String title, String summary) {
		return new PageMeta(title, description(summary), baseUrl.of(path), true, null, null);
	}

	/**
	 * A page whose name and description are messages, with breadcrumbs from the home page (and no other
	 * structured data: the home page and the lists describe nothing schema.org has a type for).
	 */
	public PageMeta fromMessages(String path, String titleKey, String descriptionKey) {
		String title = message(titleKey);
		List<StructuredData.Crumb> crumbs = "/".equals(path) ? List.of(home())
				: List.of(home(), new StructuredData.Crumb(title, path));
		return page(path, title, message(descriptionKey)).withStructuredData(structured.of(null, crumbs));
	}

	/** The first step of every page's breadcrumbs. */
	public StructuredData.Crumb home() {
		return new StructuredData.Crumb(message("app.name"), "/");
	}

	public String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The absolute address of a path, for structured data. */
	public String url(String path) {
		return baseUrl.of(path);
	}

	/** Content text as one line: list markers and line breaks gone. */
	public static String oneLine(String text) {
		return text == null ? null : text.replaceAll("(?m)^\\s*- ", "").replaceAll("\\s+", " ").strip();
	}

	/** Content text as one line (list markers and line breaks gone), at most {@link #DESCRIPTION_MAX} characters. */
	static String description(String text) {
		String line = text == null ? "" : oneLine(text);
		if (line.length() <= DESCRIPTION_MAX) {
			return line;
		}
		int cut = line.lastIndexOf(' ', DESCRIPTION_MAX - 1);
		String shortened = line.substring(0, cut > 0 ? cut : DESCRIPTION_MAX - 1);
		return shortened.replaceAll("[\\s\\p{Punct}]+$", "") + "…";
	}

}
