/** The theme bootstrap: runs before first paint so the page never flashes the wrong theme. */
import { STORAGE_KEY } from './learner-store';

export const THEME_BOOTSTRAP_SCRIPT = `(function(){try{var t='system';try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(
  STORAGE_KEY,
)})||'null');if(s&&(s.theme==='light'||s.theme==='dark'))t=s.theme}catch(e){}var d=t==='dark'||(t==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);var r=document.documentElement;r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light'}catch(e){}})();`;
