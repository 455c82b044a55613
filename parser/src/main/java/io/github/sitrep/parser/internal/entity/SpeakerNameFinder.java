package io.github.sitrep.parser.internal.entity;

import java.util.List;

/**
 * Persons named next to a reporting verb: "Hassan Ali said", "said Omar Khan", "according
 * to Omar Khan". Only names of two words or more: a single capitalised word next to "said"
 * is too often something else.
 */
final class SpeakerNameFinder implements Finder {

  static final int TIER = 15;

  @Override
  public void find(Scan scan, List<Candidate> out) {
    for (int r = 0; r < scan.size(); r++) {
      if (!scan.runs().startsAt(r)) {
        continue;
      }
      int first = TitlePersonFinder.chainEnd(scan, r);
      int e = PersonNames.read(scan, first);
      if (e > first && PersonNames.words(scan, first, e) >= 2 && nextToSpeech(scan, r, e)) {
        Candidate c = new Candidate(scan, first, e, Candidate.Type.PERSON, "speaker");
        c.tier = TIER;
        TitlePersonFinder.addTitles(scan, r, first, c);
        out.add(c);
      }
    }
  }

  private static boolean nextToSpeech(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    boolean after = t.isLower(end) && Words.SPEECH_VERBS.contains(t.key(end));
    boolean before = t.isLower(first - 1) && Words.SPEECH_VERBS.contains(t.key(first - 1));
    boolean according = t.is(first - 1, "to") && t.is(first - 2, "according");
    return after || before || according;
  }
}
