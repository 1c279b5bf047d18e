/// Decides which elements are page furniture, keeping any marked element
/// that holds most of the page's prose (a page wrapped in one `<form>`, or a
/// story container whose class happens to say `has-sidebar`).
enum Furniture {
  /// `marked[i]` is true when element `i` or one of its ancestors is furniture.
  static func mark(_ tree: PageTree, blocks: [Block], body: Int) -> [Bool] {
    let n = tree.nodes.count
    var own = Array(repeating: false, count: n)
    var memo: [String: Bool] = [:]  // pages repeat the same class lists many times
    for i in 0..<n where !tree.nodes[i].isText {
      let node = tree.nodes[i]
      if TagKinds.boilerplate.contains(node.tag) {
        own[i] = true
        continue
      }
      if node.attributes.isEmpty { continue }
      if let role = node.attribute("role"), BoilerplateSignals.roles.contains(role.lowercased()) {
        own[i] = true
        continue
      }
      let classAndID = (node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")
      if let known = memo[classAndID] {
        own[i] = known
      } else {
        let furniture = BoilerplateSignals.hasFurnitureToken(classAndID)
        memo[classAndID] = furniture
        own[i] = furniture
      }
      if !own[i] { own[i] = BoilerplateSignals.isHidden(node) }
    }
    if body >= 0 { own[body] = false }
    let all = ContentRoot.sums(tree, blocks) { _ in true }
    let total = body >= 0 ? all[body] : 0
    for i in 0..<n where own[i] && total > 0 && Double(all[i]) >= 0.5 * Double(total) { own[i] = false }
    var marked = own
    for i in 0..<n {
      let p = Int(tree.nodes[i].parent)
      if p >= 0 && marked[p] { marked[i] = true }
    }
    return marked
  }
}
