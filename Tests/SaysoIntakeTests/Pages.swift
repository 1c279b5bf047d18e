/// Hand-written web pages for the intake tests.
enum Pages {
  /// A news page with every kind of furniture around a four-paragraph story.
  static let harbour = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
      <meta charset="utf-8">
      <title>Harbour talks resume after storm | Coastline News</title>
      <meta property="og:title" content="Harbour talks resume after storm">
      <meta property="og:site_name" content="Coastline News">
      <meta property="article:published_time" content="2026-03-14T09:30:00+00:00">
      <meta name="author" content="Mara Lind">
      <link rel="canonical" href="https://coastline.example/news/harbour-talks">
    </head>
    <body>
      <div class="cookie-banner"><p>We use cookies to improve your experience, as explained in our policy.</p></div>
      <header class="site-header"><a href="/">Coastline News</a>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
      </header>
      <main>
        <article>
          <h1>Harbour talks resume after storm</h1>
          <p class="byline">By Mara Lind</p>
          <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story, now.</a></div>
          <figure><img src="harbour.jpg"><figcaption>The harbour wall, damaged by Tuesday's storm, seen from the pier.</figcaption></figure>
          <p>Talks over the future of Port Ellis harbour resumed on Monday, a week after a storm tore through the sea wall and flooded the fish market.</p>
          <p>“We cannot wait for another winter,” said Amaka Adeyemi, who chairs the harbour board. She said repairs would start before the end of the month, once the insurers had agreed the cost.</p>
          <h2>Who pays</h2>
          <p>The town council, which owns the wall, says it cannot carry the bill alone; the fishing cooperative wants the regional government to step in, and officials there have promised an answer by Friday.</p>
          <p>Fishermen, meanwhile, have moved their boats to a neighbouring bay, where mooring fees are twice as high.</p>
          <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm closes coast road for two days</a></li><li><a href="/b">Fish market flooded again, traders say</a></li></ul></aside>
        </article>
        <section id="comments"><h3>Comments</h3><p>Great article, thanks for keeping us informed about the harbour.</p></section>
      </main>
      <div class="newsletter-signup"><p>Sign up for our newsletter, delivered every morning.</p></div>
      <footer><p>© 2026 Coastline News. All rights reserved, everywhere.</p></footer>
    </body>
    </html>
    """
}
