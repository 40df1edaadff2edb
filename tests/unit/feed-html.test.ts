import { describe, expect, it } from 'vitest';
import { FEED_PICTURE_WIDTH, feedBody } from '../../src/lib/site/feed-html.ts';

const PAGE = 'https://example.org/news/en/articles/story/';

describe('a story’s body as feeds carry it', () => {
  it('makes every link absolute against the story’s page, a section link staying on it', () => {
    const { html } = feedBody(
      '<p><a href="/news/en/articles/other/">other</a> <a href="#facts">facts</a> <a href="https://elsewhere.example/x">out</a> <a href="mailto:a@b.c">mail</a></p>',
      PAGE,
    );
    expect(html).toBe(
      `<p><a href="https://example.org/news/en/articles/other/">other</a> <a href="${PAGE}#facts">facts</a> <a href="https://elsewhere.example/x">out</a> <a href="mailto:a@b.c">mail</a></p>`,
    );
  });

  it('leaves out code, styles, frames, event handlers, inline styles, build attributes and javascript: links, keeping their text', () => {
    const { html } = feedBody(
      '<p style="color:red" data-astro-cid-x onclick="x()">Text<script>alert(1)</script><style>p{}</style><iframe src="/x"></iframe> <a href="javascript:alert(1)">link</a></p>',
      PAGE,
    );
    expect(html).toBe('<p>Text <a>link</a></p>');
  });

  it('shows a picture as its JPEG at the text column’s width, in proportion, and names the lead picture', () => {
    const srcset = [400, 700, 1000, 1344].map((w) => `/news/_astro/p_${w}.jpg ${w}w`).join(', ');
    const { html, image } = feedBody(
      `<figure class="hero"><picture><source srcset="/news/_astro/p_700.avif 700w" type="image/avif"><img src="/news/_astro/p_1344.jpg" srcset="${srcset}" sizes="42rem" alt="A field" loading="eager" fetchpriority="high" decoding="async" width="1344" height="756"></picture></figure>`,
      PAGE,
    );
    expect(FEED_PICTURE_WIDTH).toBeLessThanOrEqual(700);
    expect(html).toBe('<figure class="hero"><img src="https://example.org/news/_astro/p_700.jpg" alt="A field" width="700" height="394"></figure>');
    expect(image).toEqual({ url: 'https://example.org/news/_astro/p_700.jpg', width: 700, height: 394 });
  });

  it('keeps a picture narrower than the column at its own size, and names no lead picture where the story has none', () => {
    const { html, image } = feedBody('<p><img src="/news/_astro/small.webp" srcset="/news/_astro/small.webp 300w" alt="" width="300" height="200"></p>', PAGE);
    // An empty attribute is written bare, as HTML reads it: a decorative picture keeps its empty alt.
    expect(html).toBe('<p><img src="https://example.org/news/_astro/small.webp" alt width="300" height="200"></p>');
    expect(image).toBeUndefined();
  });
});
