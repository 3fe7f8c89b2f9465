/**
 * What every page shares: the home page, the error pages, request validation errors and the
 * small helpers templates use to render content text.
 */
package dev.hipflex.system;
