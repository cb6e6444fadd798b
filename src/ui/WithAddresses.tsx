// An address ends at white space or at punctuation that a sentence puts after it (Japanese text
// has no spaces to end it).
// The scheme in any letter case (HTTPS:// is as valid as https://).
const ADDRESS = /(https?:\/\/[^\s()（）「」、。]+)/iu;

/**
 * A sentence with web addresses in it. The addresses are marked as having no language of their
 * own (lang="zxx": no linguistic content), so that assistive technology does not read a URL with Japanese pronunciation
 * rules, and left to run left to right.
 */
export function WithAddresses({ text }: { text: string }) {
  return text.split(ADDRESS).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} lang="zxx" dir="ltr" className="address">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
