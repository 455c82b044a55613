/**
 * Text to model: {@link io.github.sitrep.parser.ArticleParser} reads an English conflict
 * news article into an {@link io.github.sitrep.model.Article}.
 *
 * <p>Arguments are never {@code null}; methods that accept none throw
 * {@link NullPointerException} naming the argument. Results never contain {@code null}.
 */
@SitrepStyle
package io.github.sitrep.parser;

import io.github.sitrep.model.SitrepStyle;
