/// The frame of every page: title, navigation, search box and the style sheet
/// (inline, so that the UI needs no other request and nothing from the internet).
enum PageLayout {
  static func render(title: String, body: String, query: String = "") -> String {
    """
    <!doctype html>
    <html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTML.escape(title)) · Sayso</title>
    <style>\(style)</style></head>
    <body><header><a class="brand" href="/">Sayso</a>
    <nav><a href="/">Quotes</a><a href="/speakers">Speakers</a><a href="/network">Network</a><a href="/timeline">Events</a></nav>
    <form action="/" method="get"><input type="search" name="q" value="\(HTML.escape(query))"
     placeholder="Search quotes" aria-label="Search quotes"><button>Search</button></form></header>
    <main>\(body)</main></body></html>
    """
  }

  static let style = """
    :root{--ink:#1d2330;--muted:#5f6b7a;--line:#dde2e8;--accent:#1f5fbf}
    body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--ink);background:#fafbfc}
    header{display:flex;gap:1.5rem;align-items:center;padding:.6rem 1.5rem;background:#fff;border-bottom:1px solid var(--line)}
    header nav a{margin-right:1rem}.brand{font-weight:700;font-size:1.2rem;color:var(--ink)}
    header form{margin-left:auto}input,button,select{font:inherit;padding:.25rem .5rem}
    a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
    main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}h1{font-size:1.6rem;margin:.5rem 0}
    .muted{color:var(--muted)}.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem}
    ol.quotes{list-style:none;padding:0}ol.quotes li{background:#fff;border:1px solid var(--line);border-radius:6px;
    padding:.6rem .9rem;margin:.5rem 0}.who{font-weight:600}.kind{font-size:.75rem;text-transform:uppercase;
    color:var(--muted);margin-left:.5rem}.meta{font-size:.85rem;color:var(--muted)}
    table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
    .article{white-space:pre-wrap;background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;
    font-family:Georgia,serif;line-height:1.7}
    mark.quote{background:var(--c);border-bottom:2px solid var(--b);border-radius:2px;padding:0 1px;cursor:help}
    mark.quote mark.quote{outline:2px dashed var(--b);outline-offset:1px}
    .legend span{display:inline-block;margin:.15rem .6rem .15rem 0}.swatch{display:inline-block;width:.9rem;height:.9rem;
    border-radius:2px;vertical-align:-2px;margin-right:.3rem;background:var(--c);border:1px solid var(--b)}
    .cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1.5rem}
    .pager{margin:1rem 0}.pager a{margin-right:1rem}svg text{font:11px system-ui,sans-serif}
    .code{font:12px ui-monospace,monospace;background:#eef1f4;border-radius:3px;padding:0 3px}
    svg text.label{paint-order:stroke;stroke:#fafbfc;stroke-width:3px;font-weight:600}
    """
}
