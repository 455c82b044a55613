package io.github.sitrep.parser.internal.event;

import io.github.sitrep.model.Statement;
import io.github.sitrep.parser.internal.discourse.Discourse;
import io.github.sitrep.parser.internal.statement.CueKind;
import io.github.sitrep.parser.internal.statement.ReportingVerbs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The statements' contents, located by token: an event inside one is that speaker's claim. */
final class Claims {

  /**
   * A statement's content.
   *
   * @param from first token
   * @param to token past the last
   * @param id the statement id
   * @param denial whether the statement denies what it says
   * @param trailing whether the attribution trails a sentence told as fact ("militants
   *     attacked ..., the army said"): its events are narrated, not claimed
   * @param statement the statement
   */
  record Claim(int from, int to, String id, boolean denial, boolean trailing,
      Statement statement) {}

  private final boolean[] attribution;

  private final List<Claim> claims = new ArrayList<>();

  Claims(Discourse d, List<Statement> statements, ReportingVerbs verbs) {
    this.attribution = new boolean[d.size()];
    for (Statement s : statements) {
      s.getSpeakerMention().ifPresent(m -> mark(d, m.getSpan()));
      s.getAddresseeMention().ifPresent(m -> mark(d, m.getSpan()));
      int start = s.getContent().getSpan().getStart();
      int end = s.getContent().getSpan().getEnd();
      if (end > d.text().length() || start >= end) {
        continue;
      }
      boolean denial = s.getCue().flatMap(c -> verbs.kindOf(c.getText()))
          .map(k -> k == CueKind.DENY).orElse(false);
      boolean trailing = s.getMode() != io.github.sitrep.model.StatementMode.DIRECT
          && s.getCue().map(c -> c.getSpan().getStart() >= end).orElse(false);
      claims.add(new Claim(d.tokenAtOrAfter(start), d.tokenAtOrAfter(end), s.getId(), denial,
          trailing, s));
    }
    claims.sort(Comparator.comparingInt(Claim::from));
  }

  private void mark(Discourse d, io.github.sitrep.model.Span span) {
    if (span.getEnd() > d.text().length()) {
      return;
    }
    int to = d.tokenAtOrAfter(span.getEnd());
    for (int t = d.tokenAtOrAfter(span.getStart()); t < to; t++) {
      attribution[t] = true;
    }
  }

  /**
   * @param t a token
   * @return whether it names the speaker or addressee of a statement
   */
  boolean isAttribution(int t) {
    return t >= 0 && t < attribution.length && attribution[t];
  }

  /**
   * @param t a token
   * @return the claim whose content holds it, or {@code null}
   */
  Claim at(int t) {
    int lo = 0;
    int hi = claims.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (claims.get(mid).from() <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Claim c = lo > 0 ? claims.get(lo - 1) : null;
    return c != null && t < c.to() ? c : null;
  }
}
