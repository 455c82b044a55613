/**
 * Measures a parser against annotated articles: {@link io.github.sitrep.parser.eval.Evaluator}
 * reads a folder of {@code NAME.txt} articles with their {@code NAME.expected.json} readings
 * ({@link io.github.sitrep.parser.eval.ExpectedArticle}), parses each article and scores what
 * was found with precision, recall and F1 per kind of thing, in an
 * {@link io.github.sitrep.parser.eval.EvaluationReport}. A
 * {@link io.github.sitrep.parser.eval.Baseline} holds the lowest scores a build accepts.
 *
 * <pre>{@code
 * EvaluationReport report = Evaluator.of(ArticleParser.builder().build())
 *     .evaluate(Path.of("seeds/dev"));
 * System.out.println(report.toTable());
 * }</pre>
 *
 * <p>Arguments are never {@code null}; methods throw {@link NullPointerException} naming the
 * argument. Results never contain {@code null}. All types are immutable and thread-safe.
 */
@SitrepStyle
package io.github.sitrep.parser.eval;

import io.github.sitrep.model.SitrepStyle;
