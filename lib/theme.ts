/** The theme bootstrap: runs before first paint so the page never flashes the wrong theme. */
import { STORAGE_KEY } from './learner-store';

export const THEME_BOOTSTRAP_SCRIPT = `(function(){try{var t='system';try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  STORAGE_KEY,
)})||'null');if(s&&(s.theme==='light'||s.theme==='dark'))t=s.theme}catch(e){}var d=t==='dark'||(t==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);var r=document.documentElement;r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light'}catch(e){}})();`;

/**
 * The embeds' bootstrap (app/embed/layout.tsx), before first paint: the theme comes from the embed code's
 * `?theme=` (light, dark, or the reader's system setting), not from the site's saved choice; `?header=0` hides a
 * lesson's title block; when the frame may not use localStorage, `data-storage="memory"` reveals the one-line note
 * (globals.css); and links that leave the page open the full site in a new tab (a #fragment link stays). Inline, so
 * it works before hydration. Mirrors lib/embed/options.ts, which the dialog uses to write these options.
 */
export const EMBED_BOOTSTRAP_SCRIPT = `(function(){var r=document.documentElement;try{var q=new URLSearchParams(location.search),t=q.get('theme');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light';if(q.get('header')==='0')r.setAttribute('data-embed-header','hidden')}catch(e){}try{var k='containers-on-aws:probe';localStorage.setItem(k,'1');localStorage.removeItem(k)}catch(e){r.setAttribute('data-storage','memory')}document.addEventListener('click',function(e){var a=e.target&&e.target.closest&&e.target.closest('a[href]');if(a&&(a.getAttribute('href')||'').charAt(0)!=='#'){a.target='_blank';a.rel='noopener'}},true)})();`;
