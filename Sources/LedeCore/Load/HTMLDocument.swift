import CLibXML2

/// A document parsed by libxml2 and owned by this object: HTML through libxml2's forgiving HTML
/// parser, or XML (feeds) without network access, DTD loading or entity substitution.
///
/// The tree is freed with the object, and every ``Node`` holds its document, so a node never
/// outlives its tree. Not `Sendable`: a libxml2 tree is not safe to share between threads, so a
/// document lives inside the one reader call that parsed it.
final class HTMLDocument {
  private let pointer: xmlDocPtr
  /// Whether the document came from the XML parser (names keep their case).
  let isXML: Bool

  private init(pointer: xmlDocPtr, isXML: Bool) {
    self.pointer = pointer
    self.isXML = isXML
  }

  deinit { xmlFreeDoc(pointer) }

  /// Parses HTML, repairing what is broken; nil for an empty or oversized input.
  static func html(_ text: String) -> HTMLDocument? {
    let options =
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
      | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    return parse(text, isXML: false) { buffer, count in
      htmlReadMemory(buffer, count, nil, "UTF-8", Int32(bitPattern: options))
    }
  }

  /// Parses XML leniently. External entities, DTDs and the network are never loaded, and
  /// entities the document declares are not substituted (``Node/text`` skips their references),
  /// so a hostile feed can neither read local files nor expand into gigabytes. Named character
  /// references are made numeric first (see ``numericReferences(_:)``).
  static func xml(_ text: String) -> HTMLDocument? {
    let options =
      XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
      | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue
    return parse(numericReferences(text), isXML: true) { buffer, count in
      xmlReadMemory(buffer, count, nil, "UTF-8", Int32(bitPattern: options))
    }
  }

  private static func parse(
    _ text: String, isXML: Bool,
    _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?
  ) -> HTMLDocument? {
    _ = setUp
    // Error handlers are per-thread state in libxml2; silence this thread before parsing.
    lede_xml_silence_thread()
    var text = text
    let doc: xmlDocPtr? = text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else {
        return nil
      }
      return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        read($0, Int32(bytes.count))
      }
    }
    return doc.map { HTMLDocument(pointer: $0, isXML: isXML) }
  }

  /// Initialises libxml2 once per process, before any thread parses, and makes silence the
  /// default error handling for threads that start parsing later.
  private static let setUp: Void = {
    xmlInitParser()
    lede_xml_silence_by_default()
  }()

  /// The root element.
  var root: Node? { xmlDocGetRootElement(pointer).map { Node(document: self, pointer: $0) } }
}
