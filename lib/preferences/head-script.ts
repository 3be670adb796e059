import { COOKIE_NAME, LARGE_PATH, PREFERENCES } from './definitions';

/**
 * A tiny script for <head> that runs before first paint: it reads the preference cookie and sets
 * data-* attributes on <html>, so a returning reader never sees the default flash (and CLS stays 0).
 * It is built from the same table as the rest of the code and mirrors parsePreferences(); any failure
 * leaves the defaults, which is also what readers without JavaScript get. `data-js` reveals the controls
 * that need JavaScript, before paint, so they neither flash nor shift the layout.
 */
export const preferencesHeadScript = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var a=${JSON.stringify(
  PREFERENCES,
)};var m=document.cookie.match(/(?:^|;\\s*)${COOKIE_NAME}=([^;]*)/);if(m){var p=new URLSearchParams(decodeURIComponent(m[1]));for(var k in a){var v=p.get(k);if(v&&a[k].indexOf(v)>-1)d.setAttribute('data-'+k,v)}}}catch(e){}if(${LARGE_PATH}.test(location.pathname))d.setAttribute('data-mode','large')})()`;
