import { PLACES_KEY } from '@/lib/reading-place/places';
import { COOKIE_NAME, LARGE_PATH, PREFERENCES, SIMPLIFIED_PATH } from './definitions';

/**
 * A tiny script for <head> that runs before first paint: it reads the preference cookie and sets
 * data-* attributes on <html>, so a returning reader never sees the default flash (and CLS stays 0).
 * It is built from the same table as the rest of the code and mirrors parsePreferences(); any failure
 * leaves the defaults, which is also what readers without JavaScript get. `data-js` reveals the controls
 * that need JavaScript, before paint, so they neither flash nor shift the layout. A reader who chose
 * 繁體 and opens a 简体 link is sent on to the 繁體 page; `data-switching` keeps the page blank meanwhile
 * (stylesheets block rendering, so the rule is in place), with a timeout in case that navigation fails.
 * `data-place` (a place is kept) and `data-place-here` (in this document: a cover's path ends in its name)
 * reserve the 接着读 link's room before paint, so the page does not jump when the link appears.
 * `data-no-popover` marks a browser without the popover attribute (Safari before 17, Chromium before 114): its
 * explanations stay closed until @oddbird/popover-polyfill opens them (components/report/InfoPopover.module.css).
 */
export const preferencesHeadScript = `(function(){var d=document.documentElement;d.setAttribute('data-js','');'popover'in d||d.setAttribute('data-no-popover','');try{var a=${JSON.stringify(
  PREFERENCES,
)};var m=document.cookie.match(/(?:^|;\\s*)${COOKIE_NAME}=([^;]*)/);if(m){var p=new URLSearchParams(decodeURIComponent(m[1]));for(var k in a){var v=p.get(k);if(v&&a[k].indexOf(v)>-1)d.setAttribute('data-'+k,v)}}}catch(e){}if(${LARGE_PATH}.test(location.pathname))d.setAttribute('data-mode','large');try{var r=JSON.parse(localStorage.getItem('${PLACES_KEY}'));if(r.last){d.setAttribute('data-place','');if(r.places[location.pathname.split('/').pop()])d.setAttribute('data-place-here','')}}catch(e){}var l=location;if(d.getAttribute('data-hanzi')==='traditional'&&${SIMPLIFIED_PATH}.test(l.pathname)){d.setAttribute('data-switching','');setTimeout(function(){d.removeAttribute('data-switching')},3000);l.replace(l.pathname.replace(${SIMPLIFIED_PATH},'/zh-Hant')+l.search+l.hash)}})()`;
