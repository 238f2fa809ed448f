const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** A YYYY-MM-DD date the Danish way: "2026-11-30" → "30. november 2026". */
export function danishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}
