import { describe, expect, it } from 'vitest';
import { linkContacts } from '../../src/model/contact-links.ts';

describe('tel: and mailto: links', () => {
  it('links Danish phone numbers in every common grouping, and e-mail addresses', () => {
    expect(linkContacts('<p>Ring 8794 7580 eller 87 87 75 75, skriv til rusmiddelcentret@viborg.dk.</p>')).toBe(
      '<p>Ring <a href="tel:+4587947580">8794 7580</a> eller <a href="tel:+4587877575">87 87 75 75</a>, skriv til <a href="mailto:rusmiddelcentret@viborg.dk">rusmiddelcentret@viborg.dk</a>.</p>',
    );
  });

  it('leaves years, postcodes, times, amounts and existing links alone', () => {
    const html = '<p>Tiltag 2017 2018, 8660 Skanderborg, kl. 8.15-18.00, 1.200 kr.</p><a href="tel:+4579741310">79 74 13 10</a>';
    expect(linkContacts(html)).toBe(html);
  });
});
