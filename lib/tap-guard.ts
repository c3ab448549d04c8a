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
 *
 * A press is a tap too. When a widget's live copy swaps in between a press on its server copy and the release, the
 * browser fires no click at all (the press and the release landed on different elements). So a press on a control
 * of a pending island is remembered until its click (or its cancel: a scroll took over), and `take(root)` hands it
 * over with `press: true`: the island clicks the live control when that press is released, and not if it is cancelled.
 */
export const TAP_GUARD_SCRIPT = `(function(){var held=[],press=null,d=document,r=d.documentElement,SEL='button,input[type=checkbox],input[type=radio],[role=button],[role=switch],[role=tab],[role=option],[role=menuitem]';function pendingIsland(el){var i=el.closest('[data-island]');return i&&!i.hasAttribute('data-island-live')?i:null}function ready(el){return r.hasAttribute('data-hydrated')&&!pendingIsland(el)}function control(t){if(!(t instanceof Element))return null;var el=t.closest(SEL);if(!el||el.closest('a[href],summary')||el.disabled)return null;var form=el.form,type=(el.getAttribute('type')||'').toLowerCase();if(form&&form.hasAttribute('action')&&(el.tagName==='BUTTON'&&(type===''||type==='submit')||type==='submit'))return null;return{el:el,box:type==='checkbox'||type==='radio'}}d.addEventListener('pointerdown',function(e){press=null;var c=control(e.target);if(!c||!pendingIsland(c.el))return;press={el:c.el,box:c.box,checked:c.box?!c.el.checked:false,press:true}},true);d.addEventListener('pointerup',function(){var p=press;if(p)p.released=true;setTimeout(function(){if(press===p)press=null},0)},true);d.addEventListener('pointercancel',function(){press=null},true);d.addEventListener('click',function(e){press=null;var c=control(e.target);if(!c||ready(c.el))return;var el=c.el,box=c.box;if(!box){e.preventDefault();e.stopImmediatePropagation()}held.push({el:el,box:box,checked:el.checked});el.setAttribute('data-tap-pending','');var i=pendingIsland(el);if(i)i.dispatchEvent(new CustomEvent('island-wake'))},true);window.__taps={take:function(root){var out=[],keep=[];for(var k=0;k<held.length;k++){if(root.contains(held[k].el))out.push(held[k]);else keep.push(held[k])}held=keep;if(press&&!press.released&&root.contains(press.el)){out.push(press);press=null}return out},live:function(root){var keep=[];var run=[];for(var k=0;k<held.length;k++){var h=held[k];if(root.contains(h.el)&&ready(h.el))run.push(h);else keep.push(h)}held=keep;for(var j=0;j<run.length;j++){var x=run[j];x.el.removeAttribute('data-tap-pending');if(!x.el.isConnected)continue;if(x.box)x.el.checked=!x.checked;x.el.click()}},held:function(){return held.length}}})();`;
