package io.github.sitrep.parser.internal.layout;

import io.github.sitrep.model.Span;

/**
 * A quotation.
 *
 * @param outer the quotation with its marks (where they exist)
 * @param inner the quoted words without the marks
 * @param opened whether an opening mark was found
 * @param closed whether a closing mark was found
 */
public record Quote(Span outer, Span inner, boolean opened, boolean closed) {}
