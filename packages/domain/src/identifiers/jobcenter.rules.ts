// R24: a jobcenternummer is 5 digits; the myndighed is its first three digits (the kommunenummer).
// R19 builds on it: 22300 and 22301 are the same myndighed, 10100 is not.

export function isValidJobcenternummer(input: string): boolean {
  return /^\d{5}$/.test(input);
}

export function myndighedskodeOf(jobcenternummer: string): string {
  if (!isValidJobcenternummer(jobcenternummer)) {
    throw new RangeError('Et jobcenternummer består af 5 cifre');
  }
  return jobcenternummer.slice(0, 3);
}

export function isSameMyndighed(a: string, b: string): boolean {
  return myndighedskodeOf(a) === myndighedskodeOf(b);
}
