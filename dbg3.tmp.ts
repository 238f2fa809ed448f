const PHONE = /(?<![\d,.:/-])(?:\+45\s?)?(\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}|\d{4} \d{4})(?![\d,-]|\.\d)/g;
const PHONE_CONTEXT = /(?:tlf|telefon|mobil|ring|nummer|nr\.|kontakt|sms)\p{L}*\.?[^.]{0,40}$|:\s*$/iu;
for (const s of ['Tlf.nr.: 87 87 75 75', 'Tlf.nr. 79 74 13 10']) console.log([...s.matchAll(PHONE)].map(m => m[0]));
