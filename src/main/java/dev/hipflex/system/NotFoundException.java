package dev.hipflex.system;

/** Thrown when a URL names something that does not exist; answered with the 404 page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
