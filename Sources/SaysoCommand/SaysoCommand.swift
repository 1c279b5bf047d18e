import ArgumentParser

/// The `sayso` command line: `extract` (the default) finds who said what;
/// `bench` measures the engine's speed.
///
/// ```sh
/// sayso extract Samples/harbour-talks.txt --format text
/// ```
public struct SaysoCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "sayso",
    abstract: "Find who said what in news articles.",
    subcommands: [ExtractCommand.self, BenchCommand.self, BenchHTMLCommand.self],
    defaultSubcommand: ExtractCommand.self
  )

  public init() {}
}
