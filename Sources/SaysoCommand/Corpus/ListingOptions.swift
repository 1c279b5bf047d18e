import ArgumentParser

/// The options every listing command shares: dates, format and paging.
struct ListingOptions: ParsableArguments {
  @Option(help: "Only items dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  var since: String?

  @Option(help: "Only items dated on or before this date.")
  var until: String?

  @Option(help: "table, json or csv.")
  var format: QueryFormat = .table

  @Option(help: "How many to show.")
  var limit: Int = 50

  @Option(help: "How many to skip first.")
  var offset: Int = 0
}
