// The one inline script: applies a saved light/dark choice before the first paint (no flash).
// Shared by the layout and by astro.config.mjs, which allows exactly this text in the CSP by its hash.
export const THEME_INIT =
  "(()=>{try{const t=localStorage.getItem('atlas-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch{}})();";
