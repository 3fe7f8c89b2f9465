/**
 * Runners' accounts: registering with an email and a password, logging in and out on the app's own
 * pages, changing the password, the runner's usual pain level (which the journal's pain check compares
 * mornings with), and deleting the account with all of its data.
 */
package dev.hipflex.account;
