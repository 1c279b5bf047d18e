extension Lexicon {
  /// Words that make a capitalised name a place ("Port Ellis", "Cedar Island").
  static let placeHeads: WordSet = [
    "port", "city", "county", "island", "islands", "river", "mount", "mountains", "lake", "bay",
    "coast", "valley", "province", "street", "square", "harbour", "harbor", "beach", "hills",
    "heights", "park", "strait", "sea", "gulf", "peninsula", "district", "avenue", "road", "airport",
  ]
}
