package badmodules.journal.internal;

/** Public, but in a sub-package: the journal's internals. */
public class SessionQueries {

	public int count() {
		return 0;
	}

}
