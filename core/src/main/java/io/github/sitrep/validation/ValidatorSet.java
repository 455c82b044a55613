package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named, ordered set of {@link ArticleValidator}s, run together by
 * {@link #validate(Article)}. Sets are immutable: {@link #with(String, ArticleValidator)}
 * and {@link #without(String)} return new sets, so the standard set can be extended or
 * trimmed without touching it.
 *
 * <pre>{@code
 * ValidationReport report = ValidatorSet.standard()
 *     .without(ValidatorSet.NAMES)
 *     .with("has-events", (article, reporter) -> {
 *       if (article.getEvents().isEmpty()) {
 *         reporter.warning("events.none", "no event was found", "events");
 *       }
 *     })
 *     .validate(article);
 * }</pre>
 *
 * <p>{@link #validate(Article)} never throws for a non-null article: an exception thrown by
 * a validator is caught and reported as a {@link IssueCodes#VALIDATOR_FAILED} error, and the
 * other validators still run. Sets are thread-safe when their validators are; the
 * validators of this package are.
 */
public final class ValidatorSet {

  /** The name of {@link ReferenceValidator} in the standard set. */
  public static final String REFERENCES = "references";
  /** The name of {@link SpanValidator} in the standard set. */
  public static final String SPANS = "spans";
  /** The name of {@link IdValidator} in the standard set. */
  public static final String IDS = "ids";
  /** The name of {@link NameValidator} in the standard set. */
  public static final String NAMES = "names";
  /** The name of {@link EventDateValidator} in the standard set. */
  public static final String EVENT_DATES = "event-dates";
  /** The name of {@link SpeakerValidator} in the standard set. */
  public static final String SPEAKERS = "speakers";
  /** The name of {@link CycleValidator} in the standard set. */
  public static final String CYCLES = "cycles";
  /** The name of {@link DatelineValidator} in the standard set. */
  public static final String DATELINE = "dateline";
  /** The name of {@link BeanConstraintValidator} in the standard set. */
  public static final String CONSTRAINTS = "constraints";

  private static final ValidatorSet EMPTY = new ValidatorSet(new LinkedHashMap<>());

  private final Map<String, ArticleValidator> validators;

  private ValidatorSet(LinkedHashMap<String, ArticleValidator> validators) {
    this.validators = Collections.unmodifiableMap(validators);
  }

  /** @return a set without validators */
  public static ValidatorSet empty() {
    return EMPTY;
  }

  /**
   * The cross-object consistency checks: references, spans, ids, names, event dates,
   * speakers, cycles and the dateline.
   *
   * @return the consistency validators, in that order
   */
  public static ValidatorSet consistency() {
    return EMPTY.with(REFERENCES, new ReferenceValidator())
        .with(SPANS, new SpanValidator())
        .with(IDS, new IdValidator())
        .with(NAMES, new NameValidator())
        .with(EVENT_DATES, new EventDateValidator())
        .with(SPEAKERS, new SpeakerValidator())
        .with(CYCLES, new CycleValidator())
        .with(DATELINE, new DatelineValidator());
  }

  /** @return the {@link #consistency() consistency} checks and the Bean Validation constraints */
  public static ValidatorSet standard() {
    return consistency().with(CONSTRAINTS, new BeanConstraintValidator());
  }

  /**
   * @param name a name for the validator, unique in the set
   * @param validator the validator
   * @return a new set with the validator added last
   * @throws IllegalArgumentException if the set already has a validator of that name
   */
  public ValidatorSet with(String name, ArticleValidator validator) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(validator, "validator");
    if (validators.containsKey(name)) {
      throw new IllegalArgumentException("the set already has a validator named '" + name + "'");
    }
    LinkedHashMap<String, ArticleValidator> copy = new LinkedHashMap<>(validators);
    copy.put(name, validator);
    return new ValidatorSet(copy);
  }

  /**
   * Adds a validator named after its class, for validators whose class has a name of its own.
   * A lambda's class name is not stable between runs: give lambdas a name with
   * {@link #with(String, ArticleValidator)}.
   *
   * @param validator the validator
   * @return a new set with the validator added last
   * @throws IllegalArgumentException if the set already has a validator of that name
   */
  public ValidatorSet with(ArticleValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return with(validator.getClass().getName(), validator);
  }

  /**
   * @param name the name of a validator in the set
   * @return a new set without it
   * @throws IllegalArgumentException if the set has no validator of that name
   */
  public ValidatorSet without(String name) {
    Objects.requireNonNull(name, "name");
    if (!validators.containsKey(name)) {
      throw new IllegalArgumentException("no validator named '" + name + "'; the set has " + names());
    }
    LinkedHashMap<String, ArticleValidator> copy = new LinkedHashMap<>(validators);
    copy.remove(name);
    return new ValidatorSet(copy);
  }

  /** @return the names of the validators, in the order they run */
  public List<String> names() {
    return List.copyOf(validators.keySet());
  }

  /**
   * Runs every validator of the set on an article.
   *
   * @param article the article
   * @return the issues found, validator by validator
   * @throws NullPointerException if {@code article} is {@code null}
   */
  public ValidationReport validate(Article article) {
    Objects.requireNonNull(article, "article");
    List<Issue> issues = new ArrayList<>();
    IssueReporter reporter = issue -> issues.add(Objects.requireNonNull(issue, "issue"));
    validators.forEach((name, validator) -> run(name, validator, article, reporter));
    return ValidationReport.of(issues);
  }

  private static void run(String name, ArticleValidator validator, Article article,
      IssueReporter reporter) {
    try {
      validator.validate(article, reporter);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      reporter.error(IssueCodes.VALIDATOR_FAILED, "validator '" + name + "' failed: " + e, "");
    }
  }

  @Override
  public String toString() {
    return "ValidatorSet" + names();
  }
}
