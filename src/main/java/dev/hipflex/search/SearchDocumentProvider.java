package dev.hipflex.search;

import java.util.List;

/** Implemented by each feature that has content to be found by the header search. */
public interface SearchDocumentProvider {

	List<SearchDocument> searchDocuments();

}
