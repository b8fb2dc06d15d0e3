/** One name to screen, as typed: "Name" or "Name, CC" (an ISO 3166-1 alpha-2 country code after the last comma). */
export type NameLine = { name: string; country?: string };

const COUNTRY = /^[A-Za-z]{2}$/;

/** The non-empty lines of the text box; a trailing ", XX" is read as the country. */
export const parseNames = (text: string): NameLine[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const comma = line.lastIndexOf(',');
      const tail = comma >= 0 ? line.slice(comma + 1).trim() : '';
      if (comma > 0 && COUNTRY.test(tail)) return { name: line.slice(0, comma).trim(), country: tail.toUpperCase() };
      return { name: line };
    });
