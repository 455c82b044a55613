/**
 * The sitrep model: an {@link io.github.sitrep.model.Article} with its
 * {@link io.github.sitrep.model.Actor actors}, {@link io.github.sitrep.model.Force forces},
 * {@link io.github.sitrep.model.Place places}, {@link io.github.sitrep.model.Statement
 * statements} and {@link io.github.sitrep.model.Event events}.
 *
 * <p>Every type is an immutable value with a builder, built from an interface by
 * Immutables ({@code ImmutableX.builder()} or {@code X.builder()}). No accessor returns
 * {@code null}: absent values are empty {@link java.util.Optional}s, absent lists are empty
 * lists. Builders reject {@code null} arguments with a {@link NullPointerException}.
 * Invariants without which an object is meaningless (a span that ends before it starts, a
 * mention whose text does not fit its span) fail {@code build()} with an
 * {@link IllegalStateException}; field constraints are checked by Bean Validation; the
 * consistency of a whole article is checked by the validators of
 * {@code io.github.sitrep.validation}.
 *
 * <p>All types are thread-safe, being immutable.
 */
@SitrepStyle
package io.github.sitrep.model;
