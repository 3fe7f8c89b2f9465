/**
 * The header search. Features contribute {@link dev.hipflex.search.SearchDocument}s through
 * {@link dev.hipflex.search.SearchDocumentProvider}; this package ranks them against a query.
 */
package dev.hipflex.search;
