package io.github.sitrep.parser.internal.entity;

import java.util.List;

/** The rules that propose mentions, in the order they run. */
final class Finders {

  private Finders() {}

  static List<Finder> all() {
    return List.of(new LexiconFinder(), new TitlePersonFinder(), new PersonListFinder(),
        new AppositionFinder(), new SpeakerNameFinder(), new HeadNounFinder(),
        new DemonymForceFinder(), new PlaceSuffixFinder(), new CoalitionFinder(),
        new AcronymFinder(), new OutletFinder(), new DatelineFinder(),
        new LocativeFinder(), new GenericForceFinder(), new ForceExtensionFinder(),
        new PlaceContextFinder(), new OrgPatternFinder());
  }
}
