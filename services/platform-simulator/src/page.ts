/**
 * The public account page as a platform would render it: profile header, a feed that loads more posts when
 * scrolled to the bottom, and comment threads that show two comments until "Visa fler kommentarer" is clicked.
 * That is what a snapshot has to cope with: it must click and scroll to capture everything.
 */
import { platformLabel, type Platform } from '@smg/domain';
import { simulatorPageUrl, type SimulatedAccountKey } from '@smg/platform';
import { allComments, type SimAccount, type SimComment, type SimPost } from './content.js';
import { escapeXml as escape } from './media.js';

export const FEED_PAGE_SIZE = 10;
export const VISIBLE_COMMENTS = 2;

const ACCENT: Record<Platform, string> = {
  FACEBOOK: '#1877f2',
  INSTAGRAM: '#c13584',
  LINKEDIN: '#0a66c2',
  YOUTUBE: '#d90000',
  X: '#0f1419',
  TIKTOK: '#111111',
  BLOG: '#2f6f4f',
  PODCAST: '#7d3c98',
  OTHER: '#555555',
};

/** Every URL of an account's page and media, in one place. */
export const paths = {
  page: (key: SimulatedAccountKey) => simulatorPageUrl('', key),
  feed: (key: SimulatedAccountKey, afterNumber: number) => `${paths.page(key)}/feed?after=${afterNumber}`,
  moreComments: (key: SimulatedAccountKey, post: SimPost) => `${paths.page(key)}/posts/${post.number}/comments`,
  avatar: (key: SimulatedAccountKey) => `/media${paths.page(key)}/avatar.svg`,
  image: (key: SimulatedAccountKey, post: SimPost, index: number) => `/media${paths.page(key)}/posts/${post.number}/${index + 1}.svg`,
};

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const count = new Intl.NumberFormat('sv-SE');

/** Posts after the one numbered `afterNumber` (all when undefined), a page at a time, and the next page's URL. */
export function feedPage(account: SimAccount, afterNumber?: number): { posts: SimPost[]; next: string | null } {
  const rest = afterNumber === undefined ? account.posts : account.posts.filter((post) => post.number < afterNumber);
  const posts = rest.slice(0, FEED_PAGE_SIZE);
  const next = rest.length > posts.length ? paths.feed(account, posts[posts.length - 1].number) : null;
  return { posts, next };
}

export function renderPage(account: SimAccount): string {
  const { posts, next } = feedPage(account);
  const label = platformLabel[account.platform];
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(account.displayName)} (@${escape(account.handle)}) · ${escape(label)}</title>
<style>${CSS}</style>
</head>
<body style="--accent: ${ACCENT[account.platform]}">
<div class="platform-bar"><span class="platform-name">${escape(label)}</span><span class="sim-note">Plattformssimulator</span></div>
<header class="profile">
  <img class="avatar" src="${paths.avatar(account)}" alt="Profilbild för ${escape(account.displayName)}" width="112" height="112">
  <div>
    <h1>${escape(account.displayName)}</h1>
    <p class="handle">@${escape(account.handle)}</p>
    <p class="about">${escape(account.about)}</p>
    <p class="followers"><strong>${count.format(account.followers)}</strong> följare · ${count.format(account.posts.length)} inlägg</p>
  </div>
</header>
<main class="feed" data-feed aria-label="Inlägg">
${renderPosts(account, posts)}
</main>
<p class="feed-loader" data-feed-loader${next ? ` data-next="${next}"` : ' hidden'}>Laddar fler inlägg…</p>
<p class="feed-end" data-feed-end${next ? ' hidden' : ''}>Inga fler inlägg</p>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>`;
}

export function renderPosts(account: SimAccount, posts: SimPost[]): string {
  return posts.map((post) => renderPost(account, post)).join('\n');
}

function renderPost(account: SimAccount, post: SimPost): string {
  const shown = post.comments.slice(0, VISIBLE_COMMENTS);
  const hidden = post.comments.length - shown.length;
  const total = allComments(post.comments).length;
  const images = post.images
    .map((image, index) => `<figure class="post-image"><img src="${paths.image(account, post, index)}" alt="${escape(image.title)}" width="960" height="540"></figure>`)
    .join('');
  return `<article class="post" id="inlagg-${post.number}" data-post-id="${escape(post.id)}">
  <header class="post-header">
    <img class="avatar-small" src="${paths.avatar(account)}" alt="" width="40" height="40">
    <div><strong>${escape(account.displayName)}</strong><br><time datetime="${post.createdAt.toISOString()}">${dateTime.format(post.createdAt)}</time></div>
  </header>
  <p class="post-text">${escape(post.text)}</p>
  ${images}
  <section class="comments" aria-label="Kommentarer" data-comment-total="${total}">
    <h2>${total === 1 ? '1 kommentar' : `${total} kommentarer`}</h2>
    <ol class="comment-list">${renderComments(shown)}</ol>
    ${hidden > 0 ? `<button type="button" class="show-more" data-show-more-comments data-url="${paths.moreComments(account, post)}">Visa fler kommentarer (${hidden})</button>` : ''}
  </section>
</article>`;
}

/** The threads a click on "Visa fler kommentarer" reveals. */
export function renderHiddenComments(post: SimPost): string {
  return renderComments(post.comments.slice(VISIBLE_COMMENTS));
}

function renderComments(comments: SimComment[]): string {
  return comments
    .map(
      (comment) => `<li class="comment" data-comment-id="${escape(comment.id)}">
  <div class="bubble"><strong>${escape(comment.author)}</strong><p>${escape(comment.text)}</p></div>
  <time datetime="${comment.createdAt.toISOString()}">${dateTime.format(comment.createdAt)}</time>
  ${comment.replies.length ? `<ol class="replies">${renderComments(comment.replies)}</ol>` : ''}
</li>`,
    )
    .join('');
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",Arial,sans-serif;background:#f0f2f5;color:#1c1e21;line-height:1.45}
.platform-bar{background:var(--accent);color:#fff;padding:10px 24px;display:flex;justify-content:space-between;align-items:center}
.platform-name{font-weight:bold;font-size:1.3rem;letter-spacing:.02em}
.sim-note{font-size:.8rem;opacity:.85}
.profile{max-width:720px;margin:24px auto;background:#fff;border-radius:12px;padding:24px;display:flex;gap:24px;align-items:flex-start;box-shadow:0 1px 2px rgba(0,0,0,.15)}
.avatar{border-radius:50%;flex:none}
.profile h1{margin:0;font-size:1.6rem}
.handle{margin:2px 0 10px;color:#65676b}
.about{margin:0 0 10px}
.followers{margin:0;color:#65676b}
.followers strong{color:#1c1e21}
.feed{max-width:720px;margin:0 auto;display:flex;flex-direction:column;gap:16px}
.post{background:#fff;border-radius:12px;padding:16px 20px;box-shadow:0 1px 2px rgba(0,0,0,.15);break-inside:avoid-page}
.post-header{display:flex;gap:10px;align-items:center}
.avatar-small{border-radius:50%}
.post-header time{color:#65676b;font-size:.85rem}
.post-text{white-space:pre-line}
.post-image{margin:0 0 12px}
.post-image img{width:100%;height:auto;border-radius:8px;display:block}
.comments{border-top:1px solid #e4e6eb;padding-top:8px}
.comments h2{font-size:.9rem;color:#65676b;margin:4px 0 8px;font-weight:normal}
.comment-list,.replies{list-style:none;margin:0;padding:0}
.replies{margin-left:40px}
.comment{margin:6px 0}
.bubble{background:#f0f2f5;border-radius:16px;padding:8px 12px;display:inline-block;max-width:100%}
.bubble p{margin:2px 0 0}
.comment time{display:block;font-size:.75rem;color:#65676b;margin:2px 12px}
.show-more{background:none;border:none;color:var(--accent);font-weight:bold;cursor:pointer;padding:6px 0;font-size:.9rem}
.show-more:hover{text-decoration:underline}
.feed-loader,.feed-end{text-align:center;color:#65676b;margin:24px auto 48px}
`;

/** Infinite scroll and "Visa fler kommentarer", both fetching the simulator's own JSON. */
const CLIENT_SCRIPT = `
(() => {
  const feed = document.querySelector('[data-feed]');
  const loader = document.querySelector('[data-feed-loader]');
  const end = document.querySelector('[data-feed-end]');
  let loading = false;
  const nearBottom = () => loader.getBoundingClientRect().top < window.innerHeight + 200;
  async function loadMore() {
    const next = loader.dataset.next;
    if (loading || !next) return;
    loading = true;
    try {
      const response = await fetch(next, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const page = await response.json();
      feed.insertAdjacentHTML('beforeend', page.html);
      if (page.next) {
        loader.dataset.next = page.next;
      } else {
        delete loader.dataset.next;
        loader.hidden = true;
        end.hidden = false;
      }
    } catch (error) {
      loader.textContent = 'Kunde inte ladda fler inlägg – scrolla för att försöka igen.';
    } finally {
      loading = false;
    }
    // A short page leaves the loader in view, and an observer only reports changes: keep going while it shows.
    if (loader.dataset.next && nearBottom()) loadMore();
  }
  if (loader.dataset.next) {
    new IntersectionObserver((entries) => { if (entries.some((entry) => entry.isIntersecting)) loadMore(); }).observe(loader);
    window.addEventListener('scroll', () => { if (nearBottom()) loadMore(); }, { passive: true });
  }
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-show-more-comments]');
    if (!button || button.disabled) return;
    const label = button.textContent;
    button.disabled = true;
    button.textContent = 'Laddar kommentarer…';
    try {
      const response = await fetch(button.dataset.url, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const { html } = await response.json();
      button.closest('.comments').querySelector('.comment-list').insertAdjacentHTML('beforeend', html);
      button.remove();
    } catch (error) {
      button.disabled = false;
      button.textContent = label;
    }
  });
})();
`;
