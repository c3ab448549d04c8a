/**
 * LTI client-side storage (1EdTech "LTI Client Side postMessages" and "LTI Platform Storage", v0.1): for browsers
 * that drop the tool's cookie inside the LMS's iframe, the tool keeps the login's nonce in a frame of the platform's
 * page instead. These are the two small scripts the tool's login and launch pages run (inline: no bundle, no React):
 *
 * 1. Ask the platform which messages it supports (`lti.capabilities`, posted to the parent window) and in which frame
 *    (`frame`); without an answer within a second, use the frame the login named (`lti_storage_target`).
 * 2. Login: `lti.put_data` with key `state_<state>` and the nonce as value, then go on to the platform.
 *    Launch: `lti.get_data` for that key, and post the value back to the tool, which compares it with the nonce it
 *    stored for the state (lib/lti/launch.ts).
 *
 * Every message is posted to the platform's origin only (the origin of its OIDC authorization endpoint) and every
 * answer is read only from that origin, with the request's message_id and key: a page on another origin, or an
 * answer about another state, is ignored. When the platform answers with an error, or not at all, the launch page
 * says so to the tool (`lti_storage_error`), which names the failure on its error page.
 */

export const STORAGE_TIMEOUT_MS = 3000;
const CAPABILITIES_TIMEOUT_MS = 1000;

/** Why the launch page got no value: the platform's error code, or that nothing (from its origin) answered. */
export const STORAGE_ERROR = /^[a-z0-9_.-]{1,60}$/;
export const NO_ANSWER = 'no_answer';

type StorageData = { target: string; origin: string; state: string };

/** The part both scripts share: find the storage frame (capabilities first), then send one request and await its answer. */
function storageClient(data: StorageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `var d=${json};
function frameNamed(n){try{return n==='_parent'?window.parent:window.parent.frames[n]||null;}catch(e){return null;}}
function id(p){return p+'-'+Math.random().toString(36).slice(2);}
function request(subject,fields,done){
  var settled=false;function finish(a,b){if(settled)return;settled=true;window.removeEventListener('message',on);clearTimeout(t);done(a,b);}
  var capsId=id('caps'),reqId=id(subject);var frame=null;
  function send(f){if(settled)return;frame=f;if(!frame){finish(null,'no_frame');return;}var m={subject:subject,message_id:reqId};for(var k in fields)m[k]=fields[k];frame.postMessage(m,d.origin);}
  function on(e){if(e.origin!==d.origin||!e.data||typeof e.data!=='object')return;var m=e.data;
    if(m.subject==='lti.capabilities.response'&&m.message_id===capsId&&frame===null){var s=null,l=m.supported_messages||[];for(var i=0;i<l.length;i++)if(l[i]&&l[i].subject===subject)s=l[i];
      if(!s){finish(null,'unsupported_subject');return;}send(s.frame?frameNamed(s.frame):frameNamed(d.target));return;}
    if(m.subject===subject+'.response'&&m.message_id===reqId){if(m.error){finish(null,String(m.error.code||'error'));return;}
      if(m.key!==fields.key){finish(null,'wrong_key');return;}finish(m.value,null);}}
  window.addEventListener('message',on);var t=setTimeout(function(){finish(null,'${NO_ANSWER}');},${STORAGE_TIMEOUT_MS});
  if(window.parent===window){finish(null,'no_frame');return;}
  try{window.parent.postMessage({subject:'lti.capabilities',message_id:capsId},d.origin);}catch(e){}
  setTimeout(function(){if(frame===null)send(frameNamed(d.target));},${CAPABILITIES_TIMEOUT_MS});
}`;
}

/** The login page: store the nonce under the state, then go on to the platform (whatever the answer: the cookie may work). */
export function putNonceScript(data: StorageData & { nonce: string; next: string }): string {
  const next = JSON.stringify(data.next).replace(/</g, '\\u003c');
  const nonce = JSON.stringify(data.nonce);
  return `(function(){${storageClient(data)}
var gone=false;function go(){if(!gone){gone=true;location.replace(${next});}}
request('lti.put_data',{key:'state_'+d.state,value:${nonce}},go);})();`;
}

/** The launch page: fetch the nonce stored under the state and post it (or why there is none) back to the tool. */
export function getNonceScript(data: StorageData): string {
  return `(function(){${storageClient(data)}
var f=document.forms[0];request('lti.get_data',{key:'state_'+d.state},function(value,error){
f.lti_storage_nonce.value=typeof value==='string'?value:'';f.lti_storage_error.value=error||'';f.submit();});})();`;
}
