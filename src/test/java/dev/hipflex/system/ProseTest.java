package dev.hipflex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProseTest {

	private final Prose prose = new Prose();

	@Test
	void splitsParagraphsOnBlankLinesAndJoinsWrappedLines() {
		List<Prose.Block> blocks = prose.blocks("First line\ncontinues.\n\n  Second paragraph.  ");

		assertThat(blocks).containsExactly(new Prose.Block(false, List.of("First line continues.")),
				new Prose.Block(false, List.of("Second paragraph.")));
	}

	@Test
	void turnsDashedLinesIntoAList() {
		List<Prose.Block> blocks = prose.blocks("Watch for:\n\n- night pain\n- fever");

		assertThat(blocks).containsExactly(new Prose.Block(false, List.of("Watch for:")),
				new Prose.Block(true, List.of("night pain", "fever")));
	}

	@Test
	void keepsMarkupAsTextForTheTemplateToEscape() {
		assertThat(prose.blocks("<b>bold</b>").get(0).lines()).containsExactly("<b>bold</b>");
	}

	@Test
	void emptyTextHasNoBlocks() {
		assertThat(prose.blocks(null)).isEmpty();
		assertThat(prose.blocks("  \n ")).isEmpty();
	}

}
