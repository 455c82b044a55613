/**
 * Checking articles: {@link io.github.sitrep.validation.Issue issues} with a code, severity,
 * message, path and span.
 */
package io.github.sitrep.validation;
