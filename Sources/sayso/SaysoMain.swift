import SaysoCommand

/// The `sayso` executable: runs the command line, asynchronously so that
/// `sayso serve` can run a server.
@main
enum SaysoMain {
  static func main() async {
    await SaysoCommand.main()
  }
}
