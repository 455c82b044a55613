package io.github.sitrep.parser.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.sitrep.json.SitrepJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lowest scores a build accepts: per kind label ({@link ScoreKind#label()} for an F1,
 * {@link AccuracyKind#label()} for an accuracy) a minimum, and a tolerance below it that is
 * still accepted. Stored as JSON:
 *
 * <pre>{@code
 * { "tolerance" : 0.005, "minimum" : { "persons" : 0.91, "speaker-attribution" : 0.9 } }
 * }</pre>
 *
 * @param tolerance how far below a minimum a score may fall and still pass, at least 0
 * @param minimum per kind label, the lowest F1 or accuracy accepted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Baseline(double tolerance, Map<String, Double> minimum) {

  private static final ObjectMapper MAPPER = SitrepJson.newMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** Checks the tolerance and copies the map, keeping its order. */
  public Baseline {
    if (tolerance < 0) {
      throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
    }
    minimum = minimum == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new LinkedHashMap<>(minimum));
  }

  /**
   * A baseline at the scores of a report, each rounded down to three decimals.
   *
   * @param report a report
   * @param tolerance the tolerance to keep
   * @return the baseline
   */
  public static Baseline of(EvaluationReport report, double tolerance) {
    Map<String, Double> min = new LinkedHashMap<>();
    for (ScoreKind k : ScoreKind.values()) {
      min.put(k.label(), floor(report.total(k).f1()));
    }
    for (AccuracyKind k : AccuracyKind.values()) {
      min.put(k.label(), floor(report.total(k).value()));
    }
    return new Baseline(tolerance, min);
  }

  private static double floor(double v) {
    return Math.floor(v * 1000) / 1000;
  }

  /**
   * @param report a report
   * @return the same baseline with every minimum raised to the report's score where that is
   *     higher; minima are never lowered
   */
  public Baseline raisedTo(EvaluationReport report) {
    Map<String, Double> raised = new LinkedHashMap<>(minimum);
    of(report, tolerance).minimum().forEach((k, v) -> raised.merge(k, v, Math::max));
    return new Baseline(tolerance, raised);
  }

  /**
   * @param report a report
   * @return one line per kind whose score is below its minimum by more than the tolerance,
   *     or whose label is unknown; empty when the report passes
   */
  public List<String> regressions(EvaluationReport report) {
    List<String> out = new ArrayList<>();
    minimum.forEach((label, min) -> {
      Optional<Double> score = scoreOf(report, label);
      if (score.isEmpty()) {
        out.add("unknown kind in baseline: " + label);
      } else if (score.get() < min - tolerance) {
        out.add(String.format(Locale.ROOT, "%s: %.3f is below the baseline %.3f", label,
            score.get(), min));
      }
    });
    return out;
  }

  /**
   * @param report a report
   * @param label a kind label
   * @return the F1 or accuracy the report gives for it, empty for an unknown label
   */
  public static Optional<Double> scoreOf(EvaluationReport report, String label) {
    for (ScoreKind k : ScoreKind.values()) {
      if (k.label().equals(label)) {
        return Optional.of(report.total(k).f1());
      }
    }
    for (AccuracyKind k : AccuracyKind.values()) {
      if (k.label().equals(label)) {
        return Optional.of(report.total(k).value());
      }
    }
    return Optional.empty();
  }

  /**
   * @param file a baseline file
   * @return the baseline it holds
   * @throws UncheckedIOException if it cannot be read
   */
  public static Baseline read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return MAPPER.readValue(Files.readString(file), Baseline.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline " + file, e);
    }
  }

  /**
   * @param file where to write this baseline, replacing what is there
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.writeString(file, MAPPER.writeValueAsString(this) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write baseline " + file, e);
    }
  }
}
