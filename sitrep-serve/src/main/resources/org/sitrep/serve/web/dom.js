// Building the page from untrusted data: every string goes in as text (textContent), never as HTML, and every
// link the page makes points inside the page (#/...) or to an http(s) URL, so nothing an article says can run.

/** An element with attributes and children; strings among the children become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link to a URL the article names, only when it is http(s); else the URL as plain text. */
export function externalLink(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, url);
    }
  } catch (e) { /* not a URL: shown as text */ }
  return el('span', {}, url ?? '');
}

/** The page's own link to a view: ids are encoded, so they cannot break out of the fragment. */
export function viewLink(text, ...parts) {
  return el('a', { href: '#/' + parts.map(encodeURIComponent).join('/') }, text);
}

export function show(view, ...nodes) {
  view.replaceChildren(...nodes);
}
