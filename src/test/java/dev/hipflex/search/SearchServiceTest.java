package dev.hipflex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchServiceTest {

	private final SearchService search = new SearchService(List.of(() -> List.of(
			new SearchDocument("muscle", "Psoas major", "/guide/muscles/psoas-major",
					"Runs from the lumbar spine to the lesser trochanter."),
			new SearchDocument("section", "Strains", "/guide/injuries#strains",
					"A strain of the psoas or rectus femoris is graded I to III."),
			new SearchDocument("claim", "Strength training and running economy", "/guide/running#claim-economy",
					"Harøy and colleagues found fewer groin problems."))));

	@Test
	void findsByWordPrefixIgnoringCaseAndAccents() {
		assertThat(titles("PSOA")).containsExactly("Psoas major", "Strains");
		assertThat(titles("haroy")).containsExactly("Strength training and running economy");
	}

	@Test
	void ranksTitleMatchesFirst() {
		assertThat(titles("psoas")).first().isEqualTo("Psoas major");
	}

	@Test
	void requiresEveryWord() {
		assertThat(titles("psoas femoris")).containsExactly("Strains");
		assertThat(titles("psoas economy")).isEmpty();
	}

	@Test
	void emptyOrSymbolOnlyQueriesSearchForNothing() {
		assertThat(search.search(null).searched()).isFalse();
		assertThat(search.search("   ").searched()).isFalse();
		assertThat(search.search("%_' ; --").searched()).isFalse();
		assertThat(search.search("a").searched()).isFalse();
	}

	@Test
	void usesAtMostEightDistinctWords() {
		assertThat(SearchService.words("one two three four five six seven eight nine two")).hasSize(8)
			.doesNotContain("nine");
	}

	@Test
	void excerptsLongTextAtAWordBoundary() {
		String excerpt = SearchService.excerpt("word ".repeat(100));
		assertThat(excerpt).endsWith(" …").hasSizeLessThanOrEqualTo(SearchService.EXCERPT_LENGTH + 2);
	}

	private List<String> titles(String query) {
		return search.search(query).results().stream().map(result -> result.document().title()).toList();
	}

}
