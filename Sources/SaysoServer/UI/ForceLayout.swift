import Foundation

/// Positions for a network drawing: a force-directed layout (linked nodes
/// attract, all nodes repel, a pull to the centre keeps islands on screen),
/// computed on the server so the page needs no script. Deterministic: the
/// same graph always gets the same picture.
struct ForceLayout {
  var x: [Double]
  var y: [Double]

  init(count: Int, links: [(Int, Int, Double)], width: Double, height: Double, iterations: Int = 250) {
    // A sunflower spiral: spread out, and the same for the same graph.
    x = []
    y = []
    for i in 0..<count {
      let angle = Double(i) * 2.399
      let radius: Double = Double(i + 1).squareRoot() * 12
      x.append(width / 2 + cos(angle) * radius)
      y.append(height / 2 + sin(angle) * radius)
    }
    guard count > 1 else { return }
    let k = (width * height / Double(count)).squareRoot() * 0.5
    var temperature = width / 10
    for _ in 0..<iterations {
      var dx = [Double](repeating: 0, count: count)
      var dy = [Double](repeating: 0, count: count)
      for i in 0..<count {
        for j in (i + 1)..<count {
          let ddx = x[i] - x[j]
          let ddy = y[i] - y[j]
          let d2 = max(ddx * ddx + ddy * ddy, 0.01)
          let f = k * k / d2
          dx[i] += ddx * f
          dy[i] += ddy * f
          dx[j] -= ddx * f
          dy[j] -= ddy * f
        }
      }
      for (a, b, weight) in links {
        let ddx = x[a] - x[b]
        let ddy = y[a] - y[b]
        let d = max((ddx * ddx + ddy * ddy).squareRoot(), 0.01)
        // Heavier links pull harder, but only a little: hubs would swallow their neighbours.
        let f = d / k * min(1 + log(weight), 2)
        dx[a] -= ddx * f
        dy[a] -= ddy * f
        dx[b] += ddx * f
        dy[b] += ddy * f
      }
      for i in 0..<count {
        // Gravity strong enough to balance the repulsion of all nodes at about
        // 0.4 of the canvas from the centre (n·k²/R = g·R).
        dx[i] += (width / 2 - x[i]) * 1.2
        dy[i] += (height / 2 - y[i]) * 1.2
        let len = max((dx[i] * dx[i] + dy[i] * dy[i]).squareRoot(), 0.01)
        x[i] = min(width - 20, max(20, x[i] + dx[i] / len * min(len, temperature)))
        y[i] = min(height - 20, max(20, y[i] + dy[i] / len * min(len, temperature)))
      }
      temperature = max(1, temperature * 0.97)
    }
  }
}
