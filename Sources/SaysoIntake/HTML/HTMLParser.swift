import CLibXML2

/// Parses HTML with libxml2's forgiving HTML parser (recover, no errors or
/// warnings printed, no network) and copies the parts the extractor reads into
/// a ``PageTree``. Scripts, styles, forms' controls and embedded media are
/// left out; JSON-LD scripts are kept for metadata.
///
/// ```swift
/// let page = try HTMLParser.parse(Array("<h1>Title</h1><p>Body.</p>".utf8), path: "a.html")
/// print(page.tree.nodes.count, page.warnings)  // 7 []
/// ```
public enum HTMLParser {
  /// The result of parsing: the tree and any problems met.
  public struct Parsed: Sendable {
    public var tree: PageTree
    public var warnings: [String]
  }

  /// Pages larger than this are cut to it with a warning.
  public static let maxBytes = 16 << 20

  /// libxml2 stops building deeper than this many nested elements.
  static let parserDepthLimit = 255

  /// Parses `bytes`; `charset` is a transport (HTTP) charset, if known.
  public static func parse(_ bytes: [UInt8], path: String, charset: String? = nil) throws(IntakeError) -> Parsed {
    var warnings: [String] = []
    var input = bytes
    if input.count > maxBytes {
      warnings.append(
        "\(path): page is \(megabytes(input.count)) MB; only the first \(megabytes(maxBytes)) MB were read")
      input = Array(input.prefix(maxBytes))
    }
    let choice = Charset.choose(input, transport: charset)
    if let w = choice.warning { warnings.append("\(path): \(w)") }
    sayso_xml_silence()
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
    let doc: htmlDocPtr? = input.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          htmlReadMemory($0, Int32(buffer.count), nil, choice.name, options)
        }
      }
    }
    guard let doc else {
      if input.isEmpty { return Parsed(tree: PageTree(), warnings: warnings) }
      throw .unparsableHTML(path: path)
    }
    defer { xmlFreeDoc(doc) }
    let tree = TreeBuilder.build(doc)
    if tree.maxDepth >= parserDepthLimit {
      warnings.append(
        "\(path): markup nested more than \(parserDepthLimit) levels deep; the page was read up to that point")
    }
    return Parsed(tree: tree, warnings: warnings)
  }

  static func megabytes(_ n: Int) -> String {
    let tenths = (n * 10 + (1 << 19)) >> 20
    return "\(tenths / 10).\(tenths % 10)"
  }
}
