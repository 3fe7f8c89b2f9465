package badmodules.guide;

import badmodules.journal.Journal;

/** Content that reads a runner's journal: the content modules may not. */
public class GuidePage {

	int sessions(Journal journal) {
		return journal.count();
	}

}
