/**
 * Writing parsed articles out for other tools: {@link io.github.sitrep.export.JsonLinesWriter
 * JSON Lines} of whole articles, an {@link io.github.sitrep.export.AcledCsvWriter ACLED-shaped
 * CSV} and {@link io.github.sitrep.export.PloverJsonWriter PLOVER-shaped JSON} of their
 * events, a readable {@link io.github.sitrep.export.ArticleSummary summary}, and the
 * {@link io.github.sitrep.export.ArticleSchema JSON Schema} of the article JSON.
 *
 * <p>Writers stream: each article is written and flushed when it is handed over, so a long
 * run that stops half-way keeps what it wrote. Writers are not thread-safe; share one
 * between threads only under a lock. Arguments are never {@code null}.
 */
package io.github.sitrep.export;
