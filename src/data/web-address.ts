// Web addresses in a dataset: http(s) only, with no user name before the host and no character
// that can make one address read as another. Written as patterns without flags, so that the
// published JSON Schema means exactly what the app checks.
import { z } from 'zod';
import { EMAIL_PATTERN } from './vocabulary';

const HTTP_ONLY = 'must be an http:// or https:// address';

// Characters no address may hold anywhere: spaces, control characters and the invisible format
// characters (bidi controls, zero-width spaces) that can make one address read as another.
const NOT_IN_ADDRESS = String.raw`\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff`;

// http(s), in any letter case, then a host with no user name or password before it (an address
// like https://trusted.example@elsewhere.example/ reads as one site and opens another). Written
// without regular-expression flags so that the published JSON Schema means exactly the same.
export const HTTP_PATTERN = new RegExp(
  String.raw`^[Hh][Tt][Tt][Pp][Ss]?://[^${NOT_IN_ADDRESS}/?#@\\]+(?:[/?#][^${NOT_IN_ADDRESS}]*)?$`,
);

/**
 * An address safe to make a link of: http(s) in any letter case, a host and nothing hidden (no
 * user name, control, bidi or zero-width characters). The schema holds every address in a file
 * to this; code that builds a link from data checks it again.
 */
export function isSafeWebAddress(value: string): boolean {
  return HTTP_PATTERN.test(value) && isParsableUrl(value);
}

/** Judged only for http(s) values: any other value already has its problem reported. */
function isParsableUrl(value: string): boolean {
  if (!HTTP_PATTERN.test(value)) return true;
  try {
    const url = new URL(value);
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

// The protocol rule is a pattern so that it also reaches the published JSON Schema.
export const httpUrl = z
  .string()
  .regex(HTTP_PATTERN, HTTP_ONLY)
  .refine(isParsableUrl, 'must be a complete web address')
  .describe(
    'An http:// or https:// address, with no user name, spaces, control or bidi characters.',
  );

// A corrections contact becomes an https: or a mailto: link, so it may only be one of the two.
export const correctionsContact = z
  .string()
  .regex(
    new RegExp(`${HTTP_PATTERN.source}|${EMAIL_PATTERN.source}`),
    'must be an http:// or https:// address or an email address',
  )
  .refine(isParsableUrl, 'must be a complete web address')
  .describe('An http:// or https:// address, or an email address.');
