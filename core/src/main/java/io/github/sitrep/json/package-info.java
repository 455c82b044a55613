/**
 * The article JSON, sitrep's interchange format: {@link io.github.sitrep.json.SitrepJson}
 * writes and reads it; a document the reader refuses gives an
 * {@link io.github.sitrep.json.ArticleJsonException} that names the field and the line.
 *
 * <p>Arguments are never {@code null}.
 */
package io.github.sitrep.json;
