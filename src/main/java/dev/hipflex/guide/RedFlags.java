package dev.hipflex.guide;

import java.util.List;

/** The red flags, with the distinct sources they come from. */
public record RedFlags(List<RedFlag> flags, List<Source> sources) {

	static RedFlags of(List<RedFlag> flags) {
		return new RedFlags(flags, flags.stream().map(RedFlag::getSource).distinct().toList());
	}

}
