import ArgumentParser

/// The `sayso` command line: `extract` (the default) finds who said what;
/// `ingest` stores articles in a database that `quotes`, `speakers`, `show`
/// and `serve` query; `bench` measures the engine's speed.
///
/// ```sh
/// sayso extract Samples/harbour-talks.txt --format text
/// sayso ingest Samples && sayso quotes --speaker Okafor
/// ```
@available(macOS 10.15, *)
public struct SaysoCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "sayso",
    abstract: "Find who said what in news articles.",
    subcommands: [
      ExtractCommand.self, IngestCommand.self, QuotesCommand.self, SpeakersCommand.self, ShowCommand.self,
      EventsCommand.self, ServeCommand.self,
      BenchCommand.self, BenchHTMLCommand.self,
    ],
    defaultSubcommand: ExtractCommand.self
  )

  public init() {}
}
