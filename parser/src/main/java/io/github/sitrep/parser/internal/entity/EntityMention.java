package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.EntityRef;
import io.github.sitrep.model.Span;

/**
 * One place in the text where a resolved entity is named.
 *
 * @param span where
 * @param ref which entity
 */
public record EntityMention(Span span, EntityRef ref) {}
