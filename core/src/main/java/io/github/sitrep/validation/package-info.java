/**
 * Checking articles. A {@link io.github.sitrep.validation.ValidatorSet} runs
 * {@link io.github.sitrep.validation.ArticleValidator}s over an article and returns a
 * {@link io.github.sitrep.validation.ValidationReport} of
 * {@link io.github.sitrep.validation.Issue issues}, each with a stable code
 * ({@link io.github.sitrep.validation.IssueCodes}), a severity, a message, the path of the
 * object concerned and the span of text it concerns.
 *
 * <pre>{@code
 * ValidationReport report = ValidatorSet.standard().validate(article);
 * report.errors().forEach(System.out::println);
 * }</pre>
 *
 * <p>Two tiers: invariants without which an object is meaningless fail {@code build()};
 * field constraints (blank names, malformed ids, out-of-range numbers) are Bean Validation
 * constraints, checked by {@link io.github.sitrep.validation.BeanConstraintValidator}; the
 * consistency of a whole article (references, spans, ids, names, dates, cycles) is checked
 * by the other validators. Validators report, they never throw.
 *
 * <p>Arguments are never {@code null}; results never contain {@code null}.
 */
package io.github.sitrep.validation;
