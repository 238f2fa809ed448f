/**
 * Makes every Danish phone number a tel: link and every e-mail address a mailto: link in an HTML fragment, at build
 * time, so a reader can tap to call on any page that shows one: facts, tables, complaint answers and the documents'
 * full text alike. Only text between tags changes; text already inside a link, a control or code is left alone.
 */
import { rewriteTextOutside } from './html-text.ts';

const NO_LINK_TAGS = new Set(['a', 'button', 'label', 'select', 'option', 'textarea', 'script', 'style', 'code', 'pre', 'title', 'svg']);

/** Eight digits written 4+4, 2+2+2+2 or together, optionally after +45; Danish numbers never start with 0 or 1. */
const PHONE = /(?<![\p{L}\p{N}.,/-])(?:\+45 ?)?[2-9]\d(?: ?\d{2}){3}(?![\p{L}\p{N}]|[.,]\d)/gu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])/gu;
/** Two years side by side ("2017 2018" in a table heading) look like a 4+4 number but are not one. */
const TWO_YEARS = /^(?:19|20)\d\d ?(?:19|20)\d\d$/;

const digits = (text: string) => text.replace(/\D/g, '').replace(/^45(?=\d{8}$)/, '');

export function phoneHref(number: string): string {
  return `tel:+45${digits(number)}`;
}

function linkText(text: string): string {
  return (
    text
      .replace(EMAIL, (address) => `<a href="mailto:${address}">${address}</a>`)
      // The e-mail links just made must not be searched for numbers again: split on them.
      .split(/(<a href="mailto:[^"]*">[^<]*<\/a>)/)
      .map((part, index) =>
        index % 2 === 1
          ? part
          : part.replace(PHONE, (number) => {
              const bare = number.replace(/^\+45 ?/, '');
              return TWO_YEARS.test(bare) || digits(number).length !== 8 ? number : `<a href="${phoneHref(number)}">${number}</a>`;
            }),
      )
      .join('')
  );
}

export function linkContacts(html: string): string {
  return rewriteTextOutside(html, (tag) => NO_LINK_TAGS.has(tag), linkText);
}
