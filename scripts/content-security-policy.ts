// The Content-Security-Policy of the built app, in one place. It is written into the built
// index.html as a <meta> tag (which every static host serves), into dist/_headers for hosts that
// read that file (Netlify, Cloudflare Pages), and sent by `npm run preview`.
//
// Nothing inline, nothing evaluated: every script, style and worker comes from the site itself.
// frame-ancestors allows embedding the dashboard in any page (it is a read-only public view);
// a host that must forbid framing replaces `*` with 'none' in its header. Browsers ignore
// frame-ancestors in a <meta> tag, so it is only sent as a header.
const directives: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', '*'],
];

const HEADER_ONLY = new Set(['frame-ancestors']);

export const CONTENT_SECURITY_POLICY = directives.map((d) => d.join(' ')).join('; ');

export const META_CONTENT_SECURITY_POLICY = directives
  .filter(([name]) => !HEADER_ONLY.has(name))
  .map((d) => d.join(' '))
  .join('; ');
