package dev.hipflex.guide;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The red flags, most urgent first, with the distinct sources they come from. */
public record RedFlags(List<RedFlag> flags, List<Source> sources) {

	/** The flags of one urgency, as the red-flag box groups them under a heading that names it. */
	public record Group(Urgency urgency, List<RedFlag> flags) {
	}

	static RedFlags of(List<RedFlag> flags) {
		List<RedFlag> ordered = flags.stream()
			.sorted(Comparator.comparing(RedFlag::getUrgency).thenComparingInt(RedFlag::getPosition))
			.toList();
		return new RedFlags(ordered, ordered.stream().map(RedFlag::getSource).distinct().toList());
	}

	/** The urgencies that have flags, each with its flags, most urgent first. */
	public List<Group> groups() {
		return Arrays.stream(Urgency.values())
			.map(urgency -> new Group(urgency, flags.stream().filter(flag -> flag.getUrgency() == urgency).toList()))
			.filter(group -> !group.flags().isEmpty())
			.toList();
	}

}
