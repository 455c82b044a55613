package io.github.sitrep.parser.internal.statement;

import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.discourse.PhraseTable;
import io.github.sitrep.parser.internal.discourse.TsvRows;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting-verb lexicon, read from {@code reporting-verbs.tsv}. Immutable; safe to share
 * between threads.
 */
public final class ReportingVerbs {

  /** The bundled lexicon's resource name. */
  public static final String RESOURCE = "/io/github/sitrep/parser/lexicon/reporting-verbs.tsv";

  private final PhraseTable<ReportingVerb> table;
  private final Map<String, ReportingVerb> byForm;

  private ReportingVerbs(PhraseTable<ReportingVerb> table, Map<String, ReportingVerb> byForm) {
    this.table = table;
    this.byForm = Map.copyOf(byForm);
  }

  /**
   * @return the bundled lexicon
   * @throws IllegalStateException if the bundled file is missing or malformed
   */
  public static ReportingVerbs bundled() {
    List<Map<String, String>> rows = TsvRows.read(ReportingVerbs.class, RESOURCE,
        List.of("lemma", "forms", "kind", "addressee", "requires"));
    PhraseTable.Builder<ReportingVerb> b = PhraseTable.builder();
    Map<String, ReportingVerb> byForm = new HashMap<>();
    for (Map<String, String> row : rows) {
      ReportingVerb verb = verb(row);
      for (String form : row.get("forms").split("\\|")) {
        if (!form.isBlank()) {
          b.add(form.trim(), verb);
          byForm.putIfAbsent(form.trim().toLowerCase(Locale.ROOT), verb);
        }
      }
    }
    return new ReportingVerbs(b.build(), byForm);
  }

  private static ReportingVerb verb(Map<String, String> row) {
    try {
      return new ReportingVerb(row.get("lemma"),
          CueKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
          row.get("addressee").equalsIgnoreCase("yes"), Requirement.parse(row.get("requires")));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("reporting-verbs.tsv line " + row.get("#line") + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * @param cue a cue as written: "denied", "According to"
   * @return what it does, when it is one of the lexicon's forms
   */
  public Optional<CueKind> kindOf(String cue) {
    ReportingVerb v = byForm.get(cue.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    return Optional.ofNullable(v).map(ReportingVerb::kind);
  }

  /**
   * @param d the discourse
   * @param t a token index
   * @return the reporting cue starting at t, or {@code null}
   */
  PhraseTable.Match<ReportingVerb> at(Discourse d, int t) {
    return table.at(d, t);
  }
}
