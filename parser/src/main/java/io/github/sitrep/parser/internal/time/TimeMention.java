package io.github.sitrep.parser.internal.time;

import io.github.sitrep.model.Span;
import io.github.sitrep.model.TimeExpression;

/**
 * A date expression found in the text and its normalised value.
 *
 * @param span where it stands
 * @param value what it means
 */
public record TimeMention(Span span, TimeExpression value) {}
