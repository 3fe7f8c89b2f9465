package dev.hipflex.search;

/**
 * One thing the search can find: a page or a part of a page.
 *
 * @param kind message key suffix saying what it is ({@code search.kind.KIND})
 * @param title what the result is called
 * @param url where it lives
 * @param text the words it is found by, beyond the title; the start of it is shown as an excerpt
 */
public record SearchDocument(String kind, String title, String url, String text) {
}
