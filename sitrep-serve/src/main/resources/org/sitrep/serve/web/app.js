// The page's router: the part of the URL after '#' names the view, so every view can be linked to and reloaded.
//   #/                                   map and timeline
//   #/map/LAT/LON/ZOOM                   the map centred there
//   #/articles                           the stored articles
//   #/article/ID[/event|quote|entity/N]  an article, with one item lit
//   #/entity/ARTICLE/ENTITY              an entity of an article
//   #/entity/ID                          an entity linked across articles: names, titles, events, mentions
//   #/entities[/NAME]                    the linked entities (whose names hold NAME)
//   #/stories[/ACTOR]                    the stories (naming ACTOR)
//   #/story/ID                           a story: its events and timeline, figures charted, sources
//   #/search/TEXT                        full-text hits with snippets, and events and figures holding the words
//   #/claims/SUBJECT                     the figures about a subject, charted, with their sources
import { el, show } from './dom.js';
import { mapView } from './map.js';
import { articleView, articlesView } from './article.js';
import { entityView } from './entity.js';
import { searchView } from './search.js';
import { storiesView, storyView } from './story.js';
import { entitiesView, linkedEntityView } from './linked-entity.js';
import { claimsView } from './claims.js';

const view = document.getElementById('view');

async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  document.body.dataset.ready = 'false';
  try {
    if (parts[0] === 'article' && parts[1]) await articleView(view, parts[1], parts[2], parts[3]);
    else if (parts[0] === 'articles') await articlesView(view);
    else if (parts[0] === 'entity' && parts[2]) await entityView(view, parts[1], parts[2]);
    else if (parts[0] === 'entity' && parts[1]) await linkedEntityView(view, parts[1]);
    else if (parts[0] === 'entities') await entitiesView(view, parts[1]);
    else if (parts[0] === 'story' && parts[1]) await storyView(view, parts[1]);
    else if (parts[0] === 'stories') await storiesView(view, parts[1]);
    else if (parts[0] === 'search' && parts[1]) await searchView(view, parts[1]);
    else if (parts[0] === 'claims' && parts[1]) await claimsView(view, parts[1]);
    else if (parts[0] === 'map' && parts.length === 4) await mapView(view, parts.slice(1).map(Number));
    else await mapView(view);
  } catch (e) {
    show(view, el('p', { class: 'error' }, 'Cannot show this: ' + (e && e.message ? e.message : String(e))));
    console.error(e);
  }
  document.body.dataset.ready = 'true';
}

document.getElementById('search').addEventListener('submit', e => {
  e.preventDefault();
  const text = document.getElementById('search-text').value.trim();
  if (text) location.hash = '#/search/' + encodeURIComponent(text);
});
window.addEventListener('hashchange', route);
route();
