package dev.hipflex.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Ranks the documents features provide against a query. Content is small and changes only with a
 * migration and a restart, so the documents are read once, on the first search, and matching runs in
 * memory: every query word must start a word of the title or text; matches in the title count more.
 * Providers offer only public content (the guide, the library), never a runner's data.
 */
public class SearchService {

	public static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_WORDS = 8;

	static final int EXCERPT_LENGTH = 200;

	/** A found document, its score, and the excerpt to show. */
	public record Result(SearchDocument document, int score, String excerpt) {
	}

	/** The outcome of a query: the words searched for and the results, best first. */
	public record Outcome(List<String> words, List<Result> results) {

		public boolean searched() {
			return !words.isEmpty();
		}

	}

	/** A document with its title and text folded and flattened to words, as queries are. */
	private record Indexed(SearchDocument document, String title, String text) {

		static Indexed of(SearchDocument document) {
			return new Indexed(document, flatten(document.title()), flatten(document.text()));
		}

		private static String flatten(String text) {
			return " " + fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ");
		}

	}

	private final List<SearchDocumentProvider> providers;

	private volatile List<Indexed> index;

	public SearchService(List<SearchDocumentProvider> providers) {
		this.providers = providers;
	}

	private List<Indexed> index() {
		List<Indexed> current = index;
		if (current == null) {
			current = providers.stream()
				.flatMap(provider -> provider.searchDocuments().stream())
				.map(Indexed::of)
				.toList();
			index = current;
		}
		return current;
	}

	/** The words of a query, lower case without accents, at most {@value #MAX_WORDS}, each at least two letters. */
	static List<String> words(String query) {
		if (query == null) {
			return List.of();
		}
		return Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() >= 2)
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

	/** Lower case without accents; letters that do not decompose (ø, æ, ß, ł) get their usual spelling. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("ß", "ss")
			.replace("ł", "l");
	}

	public Outcome search(String query) {
		List<String> words = words(query);
		if (words.isEmpty()) {
			return new Outcome(words, List.of());
		}
		List<Result> results = index().stream()
			.map(indexed -> score(indexed, words))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparingInt(Result::score).reversed()
				.thenComparing(result -> result.document().title()))
			.toList();
		return new Outcome(words, results);
	}

	private static Result score(Indexed document, List<String> words) {
		int score = 0;
		for (String word : words) {
			boolean inTitle = document.title().contains(" " + word);
			boolean inText = document.text().contains(" " + word);
			if (!inTitle && !inText) {
				return null;
			}
			score += (inTitle ? 10 : 0) + (inText ? 1 : 0);
		}
		return new Result(document.document(), score, excerpt(document.document().text()));
	}

	static String excerpt(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= EXCERPT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
		return flat.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + " …";
	}

}
