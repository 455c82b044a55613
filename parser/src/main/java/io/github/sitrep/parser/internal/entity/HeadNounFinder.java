package io.github.sitrep.parser.internal.entity;

import io.github.sitrep.model.ForceKind;
import io.github.sitrep.model.PlaceKind;
import io.github.sitrep.parser.lexicon.EntryType;
import io.github.sitrep.parser.lexicon.LexiconEntry;
import io.github.sitrep.parser.lexicon.OrganisationKind;
import java.util.List;

/**
 * Forces and organisations named by their head noun: a capitalised run ending in "Forces",
 * "Army", "Units", "Brigade", "Command" ... is a force ("Combined Joint Task Force", "SDF
 * General Command"); one ending in "Ministry", "Office", "Council", "Cell" ... is an
 * organisation ("War Media Cell", "Ministry of Defence"). What the run starts with sets
 * the kind and country: a demonym or country ("Iraqi Army": a state force), a known force
 * ("SDF General Command": part of the SDF), coalition words ("Combined Joint").
 */
final class HeadNounFinder implements Finder {

  static final int TIER = 25;

  private static final java.util.Set<String> POLICE_WORDS = Words.set("police",
      "gendarmerie", "security");

  /** Heads of bodies that are forces when security words name them: Counter Terrorism Department. */
  private static final java.util.Set<String> SECURITY_BODIES = Words.set("department",
      "directorate", "service", "services", "agency", "unit", "bureau", "organisation",
      "organization");
  private static final java.util.Set<String> SECURITY_WORDS = Words.set("counter",
      "counterterrorism", "terrorism", "intelligence", "security", "police", "military",
      "special", "anti", "investigation", "investigations");

  /** "SDF Press statement", "Media office": a media word before these is no outlet's name. */
  private static final java.util.Set<String> NOT_OUTLET_NEXT = Words.set("statement",
      "release", "conference", "briefing", "office", "officer", "team", "service", "center",
      "centre", "secretary", "coverage", "report", "reports", "correspondent", "freedom",
      "advisor", "adviser", "department", "unit", "bureau", "wing");

  @Override
  public void find(Scan scan, List<Candidate> out) {
    for (int r = 0; r < scan.size(); r++) {
      int end = scan.runs().endOfRunAt(r);
      if (end > r) {
        int first = afterPartitive(scan, afterTitles(scan, r, end), end);
        Candidate c = candidate(scan, first, end);
        if (c != null) {
          out.add(c);
        }
      }
    }
  }

  /** A title before a person's name is not part of a name: "General X" is; "General Staff" is not. */
  private static int afterTitles(Scan scan, int r, int end) {
    int j = TitlePersonFinder.chainEnd(scan, r);
    return j < end && PersonNames.read(scan, j) > j ? j : r;
  }

  private static Candidate candidate(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    int head = head(t, first, end);
    if (!t.isWord(head) || PersonNames.words(scan, first, end) < 2) {
      return null;
    }
    String key = t.key(head);
    if (Words.FORCE_HEADS.contains(key) || t.is(first, "operation")
        || Words.ORG_HEADS.contains(key) && hasForceWord(scan, head + 1, end)
        || SECURITY_BODIES.contains(key) && has(scan, first, head, SECURITY_WORDS)) {
      return force(scan, first, end);
    }
    if (Words.ORG_HEADS.contains(key)
        || Words.MEDIA_WORDS.contains(key) && !NOT_OUTLET_NEXT.contains(t.key(end))) {
      return organisation(scan, first, end);
    }
    return null;
  }

  private static final java.util.Set<String> PARTITIVES = Words.set("units", "elements",
      "members", "fighters", "soldiers", "troops", "parts", "commanders", "officers");

  /** "Units of the Defence Forces of Ukraine" names the Defence Forces of Ukraine. */
  private static int afterPartitive(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    if (!PARTITIVES.contains(t.key(first)) || !t.is(first + 1, "of")) {
      return first;
    }
    int k = t.is(first + 2, "the") ? first + 3 : first + 2;
    return k < end ? k : first;
  }

  /** "Eastern Group of Forces", "Military Council of X": a force word after the head. */
  private static boolean hasForceWord(Scan scan, int from, int end) {
    return has(scan, from, end, Words.FORCE_HEADS);
  }

  /** The last word, or the word before "of" in "Ministry of Defence". */
  private static int head(Tokens t, int first, int end) {
    for (int k = first + 1; k < end - 1; k++) {
      if (t.isLower(k) && (t.is(k, "of") || t.is(k, "for"))) {
        return k - 1;
      }
    }
    return end - 1;
  }

  private static Candidate force(Scan scan, int first, int end) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.FORCE, "head");
    c.tier = TIER;
    Opening o = Opening.of(scan, first, end);
    c.country = o.country != null ? o.country : trailingCountry(scan, first, end);
    TokenTrie.Match<Surface> tail = trailingName(scan, first, end);
    LexiconEntry whole = tail == null ? null : tail.values().get(0).entry();
    if (scan.tokens.is(first, "operation")) {
      c.forceKind = ForceKind.STATE;
    } else if (whole != null && whole.getType() == EntryType.FORCE) {
      c.container = true;
      c.partOfEntry = whole.getId();
      c.forceKind = whole.forceKind().orElse(ForceKind.NON_STATE);
      c.country = whole.getCountry().orElse(null);
    } else if (o.force != null) {
      c.forceKind = o.force.forceKind().orElse(ForceKind.NON_STATE);
      c.country = o.force.getCountry().orElse(null);
      c.partOfEntry = o.force.getId();
    } else if (has(scan, first, end, Words.COALITION_WORDS)) {
      c.forceKind = ForceKind.COALITION;
    } else if (o.subnational) {
      c.forceKind = has(scan, first, end, POLICE_WORDS) ? ForceKind.STATE : ForceKind.NON_STATE;
    } else if (c.country != null && (Words.STATE_FORCE_HEADS.contains(
        scan.tokens.key(head(scan.tokens, first, end))) || has(scan, first, end, Words.STATE_FORCE_WORDS)
        || has(scan, first, end, Words.STATE_FORCE_HEADS))) {
      c.forceKind = ForceKind.STATE;
    } else if (Words.MILITIA_HEADS.contains(scan.tokens.key(head(scan.tokens, first, end)))) {
      c.forceKind = ForceKind.MILITIA;
    } else if (has(scan, first, end, Words.STATE_FORCE_WORDS)) {
      c.forceKind = ForceKind.STATE;
      c.needsCountry = true;
    } else {
      c.forceKind = ForceKind.NON_STATE;
    }
    return c;
  }

  private static Candidate organisation(Scan scan, int first, int end) {
    Candidate c = new Candidate(scan, first, end, Candidate.Type.ORGANISATION, "head");
    c.tier = TIER;
    Opening o = Opening.of(scan, first, end);
    c.country = o.country;
    c.orgKind = has(scan, first, end, Words.MEDIA_WORDS) ? OrganisationKind.MEDIA
        : scan.tokens.is(head(scan.tokens, first, end), "ministry")
            ? OrganisationKind.MINISTRY : OrganisationKind.OTHER;
    if (c.country == null) {
      c.country = possessiveCountry(scan, first);
      if (c.country != null) {
        int possessor = Prefixes.startOfEntryEndingAt(scan, first - 2);
        c.qualifiedName = scan.textOf(possessor, end);
      } else {
        c.country = trailingCountry(scan, first, end);
      }
    }
    return c;
  }

  static boolean has(Scan scan, int first, int end, java.util.Set<String> words) {
    for (int k = first; k < end; k++) {
      if (scan.tokens.isWord(k) && words.contains(scan.tokens.key(k))) {
        return true;
      }
    }
    return false;
  }

  /** "Armed Forces of Ukraine": the country after the last "of". */
  static String trailingCountry(Scan scan, int first, int end) {
    TokenTrie.Match<Surface> m = trailingName(scan, first, end);
    LexiconEntry e = m == null ? null : m.values().get(0).entry();
    return e != null && e.getType() == EntryType.PLACE ? e.getCountry().orElse(null) : null;
  }

  /** The lexicon name after the last "of" or "in" that ends the run, or null. */
  static TokenTrie.Match<Surface> trailingName(Scan scan, int first, int end) {
    Tokens t = scan.tokens;
    for (int k = end - 2; k > first; k--) {
      if (t.isLower(k) && (t.is(k, "of") || t.is(k, "in"))) {
        int w = t.is(k + 1, "the") ? k + 2 : k + 1;
        return scan.nameBetween(w, end);
      }
    }
    return null;
  }

  /** "Iraq's War Media Cell": the country before the possessive. */
  static String possessiveCountry(Scan scan, int first) {
    Tokens t = scan.tokens;
    if (!t.is(first - 1, "s") || !t.isApostrophe(first - 2)) {
      return null;
    }
    LexiconEntry e = Prefixes.entryEndingAt(scan, first - 2);
    return e != null && e.placeKind().orElse(null) == PlaceKind.COUNTRY
        ? e.getCountry().orElse(null) : null;
  }

  /** What a run opens with: a demonym's or country's code, or a known force. */
  static final class Opening {
    String country;
    LexiconEntry force;
    /** Whether the country comes from a province or town rather than a country word. */
    boolean subnational;

    static Opening of(Scan scan, int first, int end) {
      Opening o = new Opening();
      TokenTrie.Match<Demonym> d = scan.demonym(first);
      if (d != null && d.end() < end) {
        o.country = d.values().get(0).country().orElse(null);
        return o;
      }
      TokenTrie.Match<Surface> m = scan.name(first);
      if (m != null && m.end() < end) {
        LexiconEntry e = m.values().get(0).entry();
        if (e.getType() == EntryType.FORCE) {
          o.force = e;
        } else if (e.getType() == EntryType.PLACE) {
          o.country = e.getCountry().orElse(null);
          o.subnational = e.placeKind().orElse(null) != PlaceKind.COUNTRY;
        }
      }
      return o;
    }
  }
}
