package io.github.sitrep.validation;

import io.github.sitrep.model.Article;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks the Bean Validation constraints declared on the model ({@code @NotBlank},
 * {@code @Pattern}, {@code @PositiveOrZero}, ...) and turns each violation into an
 * {@link Issue} with the code {@code constraint.<annotation>} ({@link
 * IssueCodes#CONSTRAINT_PREFIX}), the violation's message and the path of the property
 * ({@code actors[0].titles[1]}).
 *
 * <p>The default instance uses a validator factory built once, on first use, from the Bean
 * Validation provider on the class path (Hibernate Validator, a runtime dependency of
 * sitrep-core). Its expression language is limited to message variables: messages never
 * evaluate method calls or bean properties, and the values checked, which come from the
 * article's text, are never interpolated into a message template.
 *
 * <pre>{@code
 * List<Issue> issues = new BeanConstraintValidator().check(CasualtyCount.builder()
 *     .count(-1).qualifier(CountQualifier.EXACT).build());
 * // one issue: constraint.PositiveOrZero at "count"
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class BeanConstraintValidator implements ArticleValidator {

  private static final int SHOWN = 60;

  private final Validator validator;

  /** A validator using the shared, default-configured Bean Validation validator. */
  public BeanConstraintValidator() {
    this(null);
  }

  /**
   * A validator using the given Bean Validation validator.
   *
   * @param validator a configured validator, or {@code null} for the shared default
   */
  public BeanConstraintValidator(Validator validator) {
    this.validator = validator;
  }

  @Override
  public void validate(Article article, IssueReporter reporter) {
    check(article).forEach(reporter::report);
  }

  /**
   * Checks any object of the model.
   *
   * @param bean an article or a part of one
   * @return an issue for each constraint violated, with paths relative to {@code bean}
   * @throws jakarta.validation.ValidationException if no Bean Validation provider can start
   */
  public List<Issue> check(Object bean) {
    Objects.requireNonNull(bean, "bean");
    Validator v = validator != null ? validator : DefaultFactory.VALIDATOR;
    List<Issue> issues = new ArrayList<>();
    for (ConstraintViolation<Object> violation : v.validate(bean)) {
      issues.add(toIssue(violation));
    }
    issues.sort((a, b) -> a.getPath().compareTo(b.getPath()));
    return issues;
  }

  private static Issue toIssue(ConstraintViolation<?> violation) {
    String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType()
        .getSimpleName();
    return Issue.of(IssueCodes.CONSTRAINT_PREFIX + annotation, Severity.ERROR,
        violation.getMessage() + shown(violation.getInvalidValue()),
        path(violation.getPropertyPath()));
  }

  private static String shown(Object value) {
    if (!(value instanceof CharSequence) && !(value instanceof Number)) {
      return "";
    }
    String s = value.toString();
    return ", was '" + (s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...") + "'";
  }

  /**
   * @param propertyPath a Bean Validation property path
   * @return it in sitrep's notation: {@code events[0].participants[1].entity}
   */
  static String path(Path propertyPath) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        out.append(out.length() > 0 ? "." : "").append(node.getName());
      }
    }
    return out.toString();
  }

  /** The shared factory, started on first use. */
  private static final class DefaultFactory {
    static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
        .addProperty("hibernate.validator.constraint_expression_language_feature_level", "variables")
        .addProperty("hibernate.validator.custom_violation_expression_language_feature_level", "none")
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }
}
