/**
 * No tap is lost before the page can act on it. Until React has hydrated the page (html[data-hydrated], set by
 * components/layout/Hydrated.tsx) or, inside a widget that loads when near the screen, until that widget is live
 * ([data-island] without [data-island-live], components/islands/Island.tsx), a tap on a control is held: the control
 * shows that it is waiting (data-tap-pending: a progress cursor and a dimmed look, app/globals.css), the widget is
 * woken at once, and the tap is replayed on the same element once it works. What works without JavaScript is left
 * alone: links, <summary>, and a submit button of a form with an action (the chooser's form goes to its
 * server-rendered result page until the client takes over). A checkbox or radio button keeps the browser's own
 * change, and the replay makes the live widget see it.
 *
 * Inline in the root layout, before any script, so it works from the first paint; a string because it must run
 * before the page's own JavaScript exists. `window.__taps.live(root)` replays what was held inside root;
 * `window.__taps.take(root)` hands them over instead (an island that swaps its server DOM for the live widget's
 * replays them itself, on the matching elements).
 */
export const TAP_GUARD_SCRIPT = `(function(){var held=[],d=document,r=d.documentElement;function pendingIsland(el){var i=el.closest('[data-island]');return i&&!i.hasAttribute('data-island-live')?i:null}function ready(el){return r.hasAttribute('data-hydrated')&&!pendingIsland(el)}d.addEventListener('click',function(e){var t=e.target;if(!(t instanceof Element))return;var el=t.closest('button,input[type=checkbox],input[type=radio],[role=button],[role=switch],[role=tab],[role=option],[role=menuitem]');if(!el||ready(el)||el.closest('a[href],summary'))return;if(el.disabled)return;var form=el.form,type=(el.getAttribute('type')||'').toLowerCase();if(form&&form.hasAttribute('action')&&(el.tagName==='BUTTON'&&(type===''||type==='submit')||type==='submit'))return;var box=type==='checkbox'||type==='radio';if(!box){e.preventDefault();e.stopImmediatePropagation()}held.push({el:el,box:box,checked:el.checked});el.setAttribute('data-tap-pending','');var i=pendingIsland(el);if(i)i.dispatchEvent(new CustomEvent('island-wake'))},true);window.__taps={take:function(root){var out=[],keep=[];for(var k=0;k<held.length;k++){if(root.contains(held[k].el))out.push(held[k]);else keep.push(held[k])}held=keep;return out},live:function(root){var keep=[];var run=[];for(var k=0;k<held.length;k++){var h=held[k];if(root.contains(h.el)&&ready(h.el))run.push(h);else keep.push(h)}held=keep;for(var j=0;j<run.length;j++){var x=run[j];x.el.removeAttribute('data-tap-pending');if(!x.el.isConnected)continue;if(x.box)x.el.checked=!x.checked;x.el.click()}},held:function(){return held.length}}})();`;
