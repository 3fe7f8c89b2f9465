/**
 * Runners' accounts: registering with an email and a password, logging in and out on the app's own
 * pages, changing the password and deleting the account with all of its data.
 */
package dev.hipflex.account;
