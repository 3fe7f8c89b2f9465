package dev.hipflex.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Renders content text without trusting it as HTML: paragraphs are separated by a blank line, and a
 * paragraph whose every line starts with {@code "- "} is a list. Templates call it as
 * {@code ${@prose.blocks(text)}} and print each line escaped.
 */
@Component("prose")
public class Prose {

	/** A paragraph (one line) or a list (one line per item). */
	public record Block(boolean list, List<String> lines) {
	}

	/** The non-blank lines of a text, for content stored one item per line (steps, cues). */
	public List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.replace("\r\n", "\n").split("\n")).map(String::strip)
			.map(line -> line.startsWith("- ") ? line.substring(2).strip() : line)
			.filter(line -> !line.isEmpty())
			.toList();
	}

	public List<Block> blocks(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return blocks;
		}
		for (String paragraph : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
			List<String> lines = Arrays.stream(paragraph.strip().split("\n")).map(String::strip)
				.filter(line -> !line.isEmpty()).toList();
			boolean list = lines.stream().allMatch(line -> line.startsWith("- "));
			if (list) {
				blocks.add(new Block(true, lines.stream().map(line -> line.substring(2).strip()).toList()));
			}
			else {
				blocks.add(new Block(false, List.of(String.join(" ", lines))));
			}
		}
		return blocks;
	}

}
