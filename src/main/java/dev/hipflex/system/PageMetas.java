package dev.hipflex.system;

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

	PageMetas(BaseUrl baseUrl, MessageSource messages) {
		this.baseUrl = baseUrl;
		this.messages = messages;
	}

	/** A page whose name and summary are content ({@code path} is the page's own address, without parameters). */
	public PageMeta page(String path, String title, String summary) {
		return new PageMeta(title, description(summary), baseUrl.of(path), true, null);
	}

	/** A page whose name and description are messages. */
	public PageMeta fromMessages(String path, String titleKey, String descriptionKey) {
		return page(path, message(titleKey), message(descriptionKey));
	}

	public String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** Content text as one line (list markers and line breaks gone), at most {@link #DESCRIPTION_MAX} characters. */
	static String description(String text) {
		String line = text == null ? ""
				: text.replaceAll("(?m)^\\s*- ", "").replaceAll("\\s+", " ").strip();
		if (line.length() <= DESCRIPTION_MAX) {
			return line;
		}
		int cut = line.lastIndexOf(' ', DESCRIPTION_MAX - 1);
		String shortened = line.substring(0, cut > 0 ? cut : DESCRIPTION_MAX - 1);
		return shortened.replaceAll("[\\s\\p{Punct}]+$", "") + "…";
	}

}
