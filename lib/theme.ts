/** The theme bootstrap: runs before first paint so the page never flashes the wrong theme. */
import { STORAGE_KEY } from './learner/keys';
import { QUIZ_FIRST_ATTRIBUTE, QUIZ_FIRST_KEY } from './questions/quiz-first';

/**
 * While no theme is chosen, it also follows the system scheme as it changes, from the first paint on: the theme
 * switch does so too once it has hydrated, but a change before that (or before its code loads) would be missed.
 *
 * Also, on a lesson, "quiz me first" (lib/questions/quiz-first.ts): when the learner has it on, the lesson opens with
 * its text hidden behind the check-up (data-quiz-first="quiz" on <html>, see globals.css), or shown at once when the
 * address points at a section ("read"). Set before first paint, so nothing moves when the page hydrates.
 */
export const THEME_BOOTSTRAP_SCRIPT = `(function(){try{var r=document.documentElement,t='system',s=null;try{s=JSON.parse(localStorage.getItem(${JSON.stringify(
  STORAGE_KEY,
)})||'null')}catch(e){}if(s&&(s.theme==='light'||s.theme==='dark'))t=s.theme;var m=matchMedia('(prefers-color-scheme: dark)'),d=t==='dark'||(t==='system'&&m.matches);r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light';if(t==='system')m.addEventListener('change',function(e){var p=null;try{p=JSON.parse(localStorage.getItem(${JSON.stringify(
  STORAGE_KEY,
)})||'null')}catch(x){}if(p&&(p.theme==='light'||p.theme==='dark'))return;r.classList.toggle('dark',e.matches);r.style.colorScheme=e.matches?'dark':'light'});if(s&&s.widgets&&s.widgets[${JSON.stringify(
  QUIZ_FIRST_KEY,
)}]===true&&location.pathname.indexOf('/lessons/')===0){var h=location.hash;r.setAttribute(${JSON.stringify(QUIZ_FIRST_ATTRIBUTE)},h===''||h==='#'||h==='#check-yourself'?'quiz':'read')}}catch(e){}})();`;

/**
 * The embeds' bootstrap (app/embed/layout.tsx), before first paint: the theme comes from the embed code's
 * `?theme=` (light, dark, or the reader's system setting), not from the site's saved choice; `?header=0` hides a
 * lesson's title block; when the frame may not use localStorage, `data-storage="memory"` reveals the one-line note
 * (globals.css); and links that leave the page open the full site in a new tab (a #fragment link stays). Inline, so
 * it works before hydration. Mirrors lib/embed/options.ts, which the dialog uses to write these options.
 */
export const EMBED_BOOTSTRAP_SCRIPT = `(function(){var r=document.documentElement;try{var q=new URLSearchParams(location.search),t=q.get('theme');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light';if(q.get('header')==='0')r.setAttribute('data-embed-header','hidden');var m=q.get('mode');if(m&&m!=='practice')r.setAttribute('data-graded','')}catch(e){}try{var k='containers-on-aws:probe';localStorage.setItem(k,'1');localStorage.removeItem(k)}catch(e){r.setAttribute('data-storage','memory')}document.addEventListener('click',function(e){var a=e.target&&e.target.closest&&e.target.closest('a[href]');if(a&&(a.getAttribute('href')||'').charAt(0)!=='#'){a.target='_blank';a.rel='noopener'}},true)})();`;
